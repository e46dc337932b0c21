import { createSanitizer } from '@autoheal/core/text/sanitize';
import { describe, expect, it } from 'vitest';
import { durationChart, mermaidText, successRateChart } from '../src/charts.js';
import { duration, percent, points } from '../src/format.js';
import type { WorkflowJson } from '../src/report.js';

describe('numbers in the summary', () => {
  it('reads durations in their two largest units, hours up to two days', () => {
    expect(duration(null)).toBe('—');
    expect(duration(45_400)).toBe('45s');
    expect(duration(6 * 60_000 + 12_000)).toBe('6m 12s');
    expect(duration(6 * 60_000)).toBe('6m');
    expect(duration(59 * 60_000 + 59_700)).toBe('1h');
    expect(duration(((67 + 2836) / 2) * 60_000)).toBe('24h 12m');
    expect(duration(3 * 86_400_000 + 4 * 3_600_000 + 59_000)).toBe('3d 4h');
  });

  it('reads rates as percentages and changes as signed points', () => {
    expect(percent(14 / 19)).toBe('73.7 %');
    expect(percent(null)).toBe('—');
    expect(points(-0.4)).toBe('−40.0 pts');
    expect(points(0.1333)).toBe('+13.3 pts');
    expect(points(-0.00001)).toBe('±0.0 pts');
    expect(points(null)).toBe('—');
  });
});

describe('charts', () => {
  const clean = createSanitizer({ secrets: ['hunter2hunter2'] });
  const workflow = (name: string): WorkflowJson =>
    ({
      id: 1,
      name,
      path: '',
      current: null,
      previous: null,
      successRateChange: null,
      alert: { status: 'ok', reasons: [] },
      daily: [
        { day: '2026-03-01', success: 1, failed: 1, successRate: 0.5, medianDurationSeconds: 90 },
        { day: '2026-03-02', success: 0, failed: 0, successRate: null, medianDurationSeconds: null },
        { day: '2026-03-03', success: 0, failed: 2, successRate: 0, medianDurationSeconds: null },
      ],
    }) as WorkflowJson;

  it('plots only days with data', () => {
    expect(successRateChart(workflow('CI'), clean)).toBe(
      [
        '```mermaid',
        'xychart-beta',
        '  title "CI: success rate per day (%)"',
        '  x-axis ["03-01", "03-03"]',
        '  y-axis "Success rate (%)" 0 --> 100',
        '  line [50.0, 0.0]',
        '```',
      ].join('\n'),
    );
    expect(durationChart(workflow('CI'), clean)).toContain(
      '  x-axis ["03-01"]\n  y-axis "Minutes"\n  bar [1.5]',
    );
    expect(successRateChart({ ...workflow('CI'), daily: [] }, clean)).toBeUndefined();
  });

  it('keeps a hostile workflow name inside its quoted title', () => {
    const name = 'x" \n```\n%%{init: {"theme":"dark"}}%% <script> hunter2hunter2';
    const text = mermaidText(name, clean);
    expect(text).not.toMatch(/["`\n%{}<>]/);
    expect(text).not.toContain('hunter2hunter2');
    const chart = successRateChart(workflow(name), clean)!;
    expect(chart.split('\n')).toHaveLength(7);
    expect(chart.match(/```/g)).toHaveLength(2);
  });
});
