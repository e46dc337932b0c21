/**
 * Whether capture is on: opt-in only. `AUTOHEAL_CAPTURE=1`, or `.autoheal/capture.json` with
 * `"enabled": true` in the repository (written by `autoheal capture enable`); never while tests run
 * (NODE_ENV=test, VITEST, JEST_WORKER_ID, NODE_TEST_CONTEXT), whatever else says so.
 *
 * Why a JSON file of its own rather than a `capture:` key in `.github/autoheal.yml`: it is read
 * synchronously at start-up of someone else's program, and must not pull in a YAML parser or the
 * config schema (the point of captureErrors is to cost nothing until an error happens); and the
 * actions' shared config schema stays as it is. Only node built-ins here.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const CAPTURE_FILE = path.join('.autoheal', 'capture.json');

export type Env = Readonly<Record<string, string | undefined>>;

export interface CaptureState {
  enabled: boolean;
  /** `owner/name` to file in, when the git remote should not decide. */
  repo?: string;
}

/** Why capture is off in a test run, or undefined. */
export function testEnvironment(env: Env): string | undefined {
  if (env.NODE_ENV === 'test') return 'NODE_ENV=test';
  if (env.VITEST) return 'VITEST is set';
  if (env.JEST_WORKER_ID) return 'JEST_WORKER_ID is set';
  // Node's own runner (`node --test`) sets it in every test file's process.
  if (env.NODE_TEST_CONTEXT) return 'NODE_TEST_CONTEXT is set (node --test)';
  return undefined;
}

function truthy(value: string | undefined): boolean | undefined {
  const v = value?.trim().toLowerCase();
  if (v === undefined || v === '') return undefined;
  if (['1', 'true', 'yes', 'on'].includes(v)) return true;
  if (['0', 'false', 'no', 'off'].includes(v)) return false;
  return undefined;
}

/** The folder holding `.git` above `from` (or `from` itself), else undefined. */
export function repositoryRoot(from: string): string | undefined {
  let dir = path.resolve(from);
  for (;;) {
    if (existsSync(path.join(dir, '.git'))) return dir;
    const up = path.dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
}

/** The capture file that applies to `from`: the nearest one up to the repository's root. */
export function findCaptureFile(from: string): string | undefined {
  let dir = path.resolve(from);
  for (;;) {
    const file = path.join(dir, CAPTURE_FILE);
    if (existsSync(file)) return file;
    if (existsSync(path.join(dir, '.git'))) return undefined;
    const up = path.dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
}

/** The state in `file`; a missing, unreadable or malformed file means off. */
export function readCaptureState(file: string | undefined): CaptureState {
  if (!file) return { enabled: false };
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as unknown;
    if (typeof parsed !== 'object' || parsed === null) return { enabled: false };
    const p = parsed as Record<string, unknown>;
    return {
      enabled: p.enabled === true,
      ...(typeof p.repo === 'string' && /^[\w.-]+\/[\w.-]+$/.test(p.repo) ? { repo: p.repo } : {}),
    };
  } catch {
    return { enabled: false };
  }
}

export function writeCaptureState(root: string, state: CaptureState): string {
  const file = path.join(root, CAPTURE_FILE);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(state, null, 2)}\n`);
  return file;
}

export interface CaptureDecision {
  enabled: boolean;
  /** In words, for `autoheal capture status` and debugging. */
  why: string;
  state: CaptureState;
  file?: string;
}

/** Whether errors are captured for a program whose project is at `root`. */
export function captureDecision(env: Env, root: string): CaptureDecision {
  const file = findCaptureFile(root);
  const state = readCaptureState(file);
  const inTests = testEnvironment(env);
  const base = file ? { state, file } : { state };
  if (inTests) return { ...base, enabled: false, why: `off: tests are running (${inTests})` };
  const fromEnv = truthy(env.AUTOHEAL_CAPTURE);
  if (fromEnv !== undefined)
    return {
      ...base,
      enabled: fromEnv,
      why: `${fromEnv ? 'on' : 'off'}: AUTOHEAL_CAPTURE=${env.AUTOHEAL_CAPTURE}`,
    };
  if (file) return { ...base, enabled: state.enabled, why: `${state.enabled ? 'on' : 'off'}: ${file}` };
  return {
    ...base,
    enabled: false,
    why: 'off: not enabled (autoheal capture enable, or AUTOHEAL_CAPTURE=1)',
  };
}
