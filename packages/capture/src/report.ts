/**
 * The heavy half of captureErrors, imported only after an error: rate limit, then the same report
 * step as `autoheal run` (core's external-report: config, repository, token, analyzer, the one
 * filing path), bounded in time.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { detectCi } from '@autoheal/core/filing/ci-site';
import { reportFailure, withDeadline } from '@autoheal/core/filing/external-report';
import type { CapturedCrash } from './index.js';
import { captureDecision, type Env } from './opt-in.js';

const HOUR_MS = 3_600_000;
const DEFAULT_TIMEOUT_MS = 10_000;
/** Fingerprints remembered at most; the oldest go first. */
const MAX_REMEMBERED = 200;

/** The user's cache folder for autoheal, as each OS keeps caches. */
export function cacheDir(env: Env): string {
  if (env.AUTOHEAL_CACHE_DIR) return env.AUTOHEAL_CACHE_DIR;
  const home = os.homedir();
  if (process.platform === 'win32')
    return path.join(env.LOCALAPPDATA || path.join(home, 'AppData', 'Local'), 'autoheal', 'Cache');
  if (process.platform === 'darwin') return path.join(home, 'Library', 'Caches', 'autoheal');
  return path.join(env.XDG_CACHE_HOME || path.join(home, '.cache'), 'autoheal');
}

type Reported = Record<string, number>;

function readReported(file: string): Reported {
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as unknown;
    const out: Reported = {};
    if (typeof parsed === 'object' && parsed !== null)
      for (const [k, v] of Object.entries(parsed as Record<string, unknown>))
        if (/^[0-9a-f]{8,64}$/.test(k) && typeof v === 'number' && Number.isFinite(v)) out[k] = v;
    return out;
  } catch {
    return {};
  }
}

/** Records `fingerprint` as reported now (written whole, then renamed: a reader never sees half a file). */
function remember(file: string, reported: Reported, fingerprint: string, now: number): void {
  const entries = Object.entries({ ...reported, [fingerprint]: now })
    .sort((a, b) => b[1] - a[1])
    .slice(0, MAX_REMEMBERED);
  mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, `${JSON.stringify(Object.fromEntries(entries))}\n`);
  renameSync(tmp, file);
}

export async function reportCrash(crash: CapturedCrash): Promise<void> {
  const { options, env } = crash;
  const stateFile = path.join(options.stateDir ?? cacheDir(env), 'capture-reports.json');
  const windowMs = options.rateLimitMs ?? HOUR_MS;
  const repo = options.repo ?? captureDecision(env, crash.root).state.repo;
  const report = reportFailure({
    cwd: crash.root,
    env,
    ci: detectCi(),
    output: { text: crash.lines.join('\n') },
    argv: crash.argv,
    exitCode: 1,
    error: crash.error,
    program: crash.program,
    print: (line) => crash.print(line.replace(/^autoheal:/, 'autoheal capture:')),
    describe: false,
    ...(repo ? { repo } : {}),
    ...(options.token ? { token: options.token } : {}),
    ...(options.api ? { api: options.api } : {}),
    beforeFiling: async (verdict) => {
      const reported = readReported(stateFile);
      const last = reported[verdict.fingerprint];
      const now = Date.now();
      // A time ahead of now (a tampered file, a clock set back) proves nothing: it would silence the failure for ever.
      if (last !== undefined && last <= now && now - last < windowMs)
        return `already reported ${Math.round((now - last) / 60_000)} min ago (at most one report per failure per ${Math.round(windowMs / 60_000)} min).`;
      // Recorded before filing: a crash loop must not file while the first report is in flight.
      remember(stateFile, reported, verdict.fingerprint, now);
      return undefined;
    },
  });
  const { timedOut } = await withDeadline(report, options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  if (timedOut) crash.print('autoheal capture: GitHub did not answer in time; the error was not reported.');
}
