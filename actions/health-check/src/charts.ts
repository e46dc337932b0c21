/**
 * Mermaid charts for the summary (GitHub renders ```mermaid blocks): per workflow, the success
 * rate and the median duration of successful runs, day by day. Only days with data are plotted,
 * since a chart cannot leave a gap and a zero would be read as a result.
 */
import type { Sanitizer } from '@autoheal/core/text/sanitize';
import type { WorkflowJson } from './report.js';

/** Text for inside a quoted Mermaid string: no quotes, backticks or line breaks, kept short. */
export function mermaidText(text: string, clean: Sanitizer): string {
  return clean
    .redact(text)
    .replace(/["`\\\r\n]/g, ' ')
    .replace(/[<>{}[\]%#;]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 60);
}

function block(lines: string[]): string {
  return ['```mermaid', 'xychart-beta', ...lines.map((l) => `  ${l}`), '```'].join('\n');
}

const label = (day: string) => `"${day.slice(5)}"`;

export function successRateChart(w: WorkflowJson, clean: Sanitizer): string | undefined {
  const days = w.daily.filter((d) => d.successRate !== null);
  if (days.length === 0) return undefined;
  return block([
    `title "${mermaidText(w.name, clean)}: success rate per day (%)"`,
    `x-axis [${days.map((d) => label(d.day)).join(', ')}]`,
    'y-axis "Success rate (%)" 0 --> 100',
    `line [${days.map((d) => (d.successRate! * 100).toFixed(1)).join(', ')}]`,
  ]);
}

export function durationChart(w: WorkflowJson, clean: Sanitizer): string | undefined {
  const days = w.daily.filter((d) => d.medianDurationSeconds !== null);
  if (days.length === 0) return undefined;
  return block([
    `title "${mermaidText(w.name, clean)}: median duration per day (minutes)"`,
    `x-axis [${days.map((d) => label(d.day)).join(', ')}]`,
    'y-axis "Minutes"',
    `bar [${days.map((d) => (d.medianDurationSeconds! / 60).toFixed(1)).join(', ')}]`,
  ]);
}
