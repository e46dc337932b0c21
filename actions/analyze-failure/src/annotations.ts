// Moved to core so generate-fix reads a run's annotations exactly as analyze-failure does.
export * from '@autoheal/core/analyzer/annotations';
