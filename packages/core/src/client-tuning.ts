import { ConfigurationError } from './errors.js';
import type { Env } from './runtime.js';

/** How long the GitHub client waits: scaled down by the test-only knobs below, else GitHub's real waits. */
export interface ClientTuning {
  waitScaleMs?: number;
  pacing?: { writeMs: number; notifyMs: number };
}

function knob(env: Env, name: string): number | undefined {
  const raw = env[name]?.trim();
  if (raw === undefined || raw === '') return undefined;
  if (!/^\d{1,7}$/.test(raw))
    throw new ConfigurationError(
      `Environment variable ${name} must be a whole number of milliseconds; got "${raw.slice(0, 20)}".`,
    );
  return Number(raw);
}

/**
 * Test-only knobs: `AUTOHEAL_WAIT_SCALE_MS` (milliseconds per second of retry back-off and
 * `retry-after`) and `AUTOHEAL_WRITE_PACING_MS` (gap between writes), so end-to-end tests of a
 * bundle do not sit out GitHub's real waits. Unset in real workflows. Passed to `createGitHubClient`.
 */
export function clientTuning(env: Env): ClientTuning {
  const tuning: ClientTuning = {};
  const wait = knob(env, 'AUTOHEAL_WAIT_SCALE_MS');
  if (wait !== undefined) tuning.waitScaleMs = wait;
  const pacing = knob(env, 'AUTOHEAL_WRITE_PACING_MS');
  if (pacing !== undefined) tuning.pacing = { writeMs: pacing, notifyMs: pacing };
  return tuning;
}
