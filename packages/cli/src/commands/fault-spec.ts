/**
 * `serve-github --fault SPEC`: one fault of the simulator's registry written as one shell word.
 *
 *   SPEC    = [METHOD " "] PATH "=" KIND [":" ARG] *("," OPTION)
 *   METHOD  = GET | POST | PUT | PATCH | DELETE            (any case; default: any method)
 *   PATH    = "*" | "/" … with {name} for one segment and a trailing * for any rest
 *   KIND    = server-error[:500|502|503] | connection-reset | rate-limit[:RESET_SECONDS]
 *           | secondary-rate-limit[:403|429] | status:CODE | validation | delay:MS
 *   OPTION  = times=N | times=always | after-effect | retry-after=SECONDS | message=TEXT
 *
 * Strict on purpose: a fault that silently means something else than what was typed makes a test
 * prove nothing, so every unknown or misplaced part is a usage error naming it.
 */
import { FAULT_DEFAULTS, type Fault, type FaultSpec } from '@autoheal/testkit/simulator/faults';
import { UsageError } from '../cli.js';

const METHODS = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']);
const KINDS = [
  'server-error',
  'connection-reset',
  'rate-limit',
  'secondary-rate-limit',
  'status',
  'validation',
  'delay',
] as const;
type Kind = (typeof KINDS)[number];

/** The bad part of a spec, quoted so control characters and long input cannot garble the line. */
function quote(part: string): string {
  return JSON.stringify(part.length > 80 ? `${part.slice(0, 80)}…` : part);
}

function fail(spec: string, problem: string): never {
  throw new UsageError(`--fault ${quote(spec)}: ${problem}`);
}

/** A whole number in [min, max] written in plain digits (no signs, exponents or spaces). */
function wholeNumber(text: string, min: number, max: number): number | undefined {
  if (!/^\d{1,9}$/.test(text)) return undefined;
  const n = Number(text);
  return n >= min && n <= max ? n : undefined;
}

function checkPath(spec: string, path: string): void {
  if (path === '*') return;
  if (!path.startsWith('/')) fail(spec, `path ${quote(path)} must start with "/" (or be "*" for every path)`);
  if (/[\s?#,]/.test(path))
    fail(spec, `path ${quote(path)} may not hold spaces, "?", "#" or ","; the query is not matched`);
  const star = path.indexOf('*');
  if (star >= 0 && (star !== path.length - 1 || !path.endsWith('/*')))
    fail(spec, `path ${quote(path)}: "*" is allowed only as the last segment ("/…/*")`);
  // Each {name} is one whole placeholder; a stray brace would be matched literally, which no one means.
  const rest = path.replace(/\{[A-Za-z0-9_-]+\}/g, '');
  if (/[{}]/.test(rest)) fail(spec, `path ${quote(path)}: "{name}" placeholders must be closed and named`);
}

function parseKind(spec: string, kind: string, arg: string | undefined): Fault {
  const needs = (what: string): string => arg ?? fail(spec, `${kind} needs ${what}`);
  const none = () => {
    if (arg !== undefined) fail(spec, `${kind} takes no ":${arg}"`);
  };
  switch (kind as Kind) {
    case 'server-error': {
      if (arg === undefined) return { kind: 'server-error' };
      if (arg !== '500' && arg !== '502' && arg !== '503')
        fail(spec, `server-error takes :500, :502 or :503; got ${quote(arg)}`);
      return { kind: 'server-error', status: Number(arg) as 500 | 502 | 503 };
    }
    case 'connection-reset':
      none();
      return { kind: 'connection-reset' };
    case 'rate-limit': {
      if (arg === undefined) return { kind: 'rate-limit' };
      const seconds = wholeNumber(arg, 0, 86_400);
      if (seconds === undefined)
        fail(spec, `rate-limit takes the seconds until the reset, 0 to 86400; got ${quote(arg)}`);
      return { kind: 'rate-limit', resetInSeconds: seconds };
    }
    case 'secondary-rate-limit': {
      if (arg === undefined) return { kind: 'secondary-rate-limit' };
      if (arg !== '403' && arg !== '429')
        fail(spec, `secondary-rate-limit takes :403 or :429; got ${quote(arg)}`);
      return { kind: 'secondary-rate-limit', status: Number(arg) as 403 | 429 };
    }
    case 'status': {
      const text = needs('an HTTP status, as in status:404');
      const status = wholeNumber(text, 400, 599);
      if (status === undefined)
        fail(spec, `status takes an HTTP error status, 400 to 599; got ${quote(text)}`);
      return { kind: 'status', status };
    }
    case 'validation':
      none();
      return { kind: 'validation', message: 'Validation Failed' };
    case 'delay': {
      const text = needs('milliseconds, as in delay:1500');
      const ms = wholeNumber(text, 0, 600_000);
      if (ms === undefined) fail(spec, `delay takes milliseconds, 0 to 600000; got ${quote(text)}`);
      return { kind: 'delay', ms };
    }
    default:
      return fail(spec, `unknown fault kind ${quote(kind)}; known: ${KINDS.join(', ')}`);
  }
}

/** One `--fault` argument as the simulator's FaultSpec, or a UsageError naming the bad part. */
export function parseFaultSpec(spec: string): FaultSpec {
  const eq = spec.indexOf('=');
  if (eq < 0)
    fail(
      spec,
      'expected [METHOD ]PATH=KIND[:ARG][,OPTION…], e.g. "POST /repos/{owner}/{repo}/issues=server-error:502"',
    );
  const target = spec.slice(0, eq).trim();
  const words = target.split(/\s+/);
  if (target === '' || words.length > 2)
    fail(
      spec,
      `before "=" give a path, optionally after a method ("POST /repos/{owner}/{repo}/issues"); got ${quote(target)}`,
    );
  let method: string | undefined;
  if (words.length === 2) {
    method = words[0]!.toUpperCase();
    if (!METHODS.has(method))
      fail(spec, `unknown method ${quote(words[0]!)}; known: ${[...METHODS].join(', ')}`);
  }
  const path = words[words.length - 1]!;
  checkPath(spec, path);

  // message= takes the rest of the spec, commas included, so it must come last.
  let rest = spec.slice(eq + 1);
  let message: string | undefined;
  const at = rest.indexOf(',message=');
  if (at >= 0) {
    message = rest.slice(at + ',message='.length);
    rest = rest.slice(0, at);
    if (message.trim() === '') fail(spec, 'message= needs a text');
  }
  const [head = '', ...options] = rest.split(',');
  const colon = head.indexOf(':');
  const kindName = (colon < 0 ? head : head.slice(0, colon)).trim();
  const arg = colon < 0 ? undefined : head.slice(colon + 1).trim();
  if (kindName === '') fail(spec, `no fault kind after "="; known: ${KINDS.join(', ')}`);
  const fault = parseKind(spec, kindName, arg);

  let times: number | undefined;
  const seen = new Set<string>();
  for (const raw of options) {
    const option = raw.trim();
    const name = option.includes('=') ? option.slice(0, option.indexOf('=')) : option;
    const value = option.includes('=') ? option.slice(option.indexOf('=') + 1) : undefined;
    if (seen.has(name)) fail(spec, `${quote(name)} is given twice`);
    seen.add(name);
    if (name === 'times') {
      if (value === 'always') times = Number.POSITIVE_INFINITY;
      else {
        const n = value === undefined ? undefined : wholeNumber(value, 1, 1_000_000);
        if (n === undefined)
          fail(spec, `times takes a whole number from 1, or "always"; got ${quote(option)}`);
        times = n;
      }
    } else if (name === 'after-effect') {
      if (value !== undefined) fail(spec, `after-effect takes no value; got ${quote(option)}`);
      if (fault.kind !== 'server-error' && fault.kind !== 'connection-reset')
        fail(spec, `after-effect applies to server-error and connection-reset, not ${fault.kind}`);
      fault.afterEffect = true;
    } else if (name === 'retry-after') {
      if (fault.kind !== 'secondary-rate-limit')
        fail(spec, `retry-after applies to secondary-rate-limit, not ${fault.kind}`);
      const seconds = value === undefined ? undefined : wholeNumber(value, 0, 3600);
      if (seconds === undefined) fail(spec, `retry-after takes seconds, 0 to 3600; got ${quote(option)}`);
      fault.retryAfterSeconds = seconds;
    } else {
      fail(
        spec,
        `unknown option ${quote(option)}; known: times=N|always, after-effect, retry-after=S, message=TEXT`,
      );
    }
  }
  if (message !== undefined) {
    if (fault.kind !== 'status' && fault.kind !== 'validation')
      fail(spec, `message= applies to status and validation, not ${fault.kind}`);
    fault.message = message;
  }
  return { ...(method ? { method } : {}), path, ...(times !== undefined ? { times } : {}), fault };
}

/** A parsed spec written back in the grammar, every default spelled out: what the simulator will do. */
export function formatFaultSpec(spec: FaultSpec): string {
  const f = spec.fault;
  let kind: string = f.kind;
  const options: string[] = [];
  switch (f.kind) {
    case 'server-error':
      kind += `:${f.status ?? FAULT_DEFAULTS.serverErrorStatus}`;
      if (f.afterEffect) options.push('after-effect');
      break;
    case 'connection-reset':
      if (f.afterEffect) options.push('after-effect');
      break;
    case 'rate-limit':
      kind += `:${f.resetInSeconds ?? FAULT_DEFAULTS.resetInSeconds}`;
      break;
    case 'secondary-rate-limit':
      kind += `:${f.status ?? FAULT_DEFAULTS.secondaryStatus}`;
      options.push(`retry-after=${f.retryAfterSeconds ?? FAULT_DEFAULTS.retryAfterSeconds}`);
      break;
    case 'status':
      kind += `:${f.status}`;
      break;
    case 'delay':
      kind += `:${f.ms}`;
      break;
    case 'validation':
      break;
  }
  const times = spec.times ?? 1;
  options.unshift(`times=${times === Number.POSITIVE_INFINITY ? 'always' : times}`);
  if ((f.kind === 'status' || f.kind === 'validation') && f.message !== undefined)
    options.push(`message=${f.message}`);
  const path = typeof spec.path === 'string' ? spec.path : String(spec.path);
  return `${spec.method ? `${spec.method} ` : ''}${path}=${[kind, ...options].join(',')}`;
}
