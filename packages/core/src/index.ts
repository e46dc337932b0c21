export * from './budget.js';
export * from './errors.js';
export * from './github-client.js';
export * from './github-errors.js';
export * from './run-main.js';
export * from './runtime.js';
