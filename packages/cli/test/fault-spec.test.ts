import { spawnSync } from 'node:child_process';
import path from 'node:path';
import type { FaultSpec } from '@autoheal/testkit/simulator/faults';
import { describe, expect, it } from 'vitest';
import { type CliIO, EXIT, runCli, UsageError } from '../src/cli.js';
import { formatFaultSpec, parseFaultSpec } from '../src/commands/fault-spec.js';
import { commands } from '../src/commands/index.js';
import { REPO_ROOT } from '../src/paths.js';

const MAIN = path.join(REPO_ROOT, 'packages', 'cli', 'lib', 'main.js');
const ISSUES = '/repos/{owner}/{repo}/issues';

function io(): CliIO & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, stdout: (t) => out.push(t), stderr: (t) => err.push(t), cwd: REPO_ROOT, env: {} };
}

/** The UsageError message a spec is refused with. */
function refusal(spec: string): string {
  try {
    parseFaultSpec(spec);
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as Error).message;
  }
  throw new Error(`accepted: ${spec}`);
}

describe('--fault SPEC parser', () => {
  const accepted: Array<[string, FaultSpec]> = [
    [
      `POST ${ISSUES}=server-error:502,after-effect`,
      { method: 'POST', path: ISSUES, fault: { kind: 'server-error', status: 502, afterEffect: true } },
    ],
    [`${ISSUES}=server-error`, { path: ISSUES, fault: { kind: 'server-error' } }],
    [
      'patch /repos/{owner}/{repo}/issues/{n}=connection-reset,after-effect',
      {
        method: 'PATCH',
        path: '/repos/{owner}/{repo}/issues/{n}',
        fault: { kind: 'connection-reset', afterEffect: true },
      },
    ],
    [
      'GET /rate_limit=connection-reset,times=always',
      {
        method: 'GET',
        path: '/rate_limit',
        times: Number.POSITIVE_INFINITY,
        fault: { kind: 'connection-reset' },
      },
    ],
    ['*=rate-limit:30', { path: '*', fault: { kind: 'rate-limit', resetInSeconds: 30 } }],
    ['*=rate-limit', { path: '*', fault: { kind: 'rate-limit' } }],
    [
      '*=secondary-rate-limit:429,times=1',
      { path: '*', times: 1, fault: { kind: 'secondary-rate-limit', status: 429 } },
    ],
    [
      'GET *=secondary-rate-limit:403,retry-after=2',
      {
        method: 'GET',
        path: '*',
        fault: { kind: 'secondary-rate-limit', status: 403, retryAfterSeconds: 2 },
      },
    ],
    [
      'GET /repos/{owner}/{repo}/actions/jobs/{id}/logs=status:410',
      {
        method: 'GET',
        path: '/repos/{owner}/{repo}/actions/jobs/{id}/logs',
        fault: { kind: 'status', status: 410 },
      },
    ],
    [
      'DELETE /repos/{owner}/{repo}/git/refs/*=status:422,message=Reference does not exist, really',
      {
        method: 'DELETE',
        path: '/repos/{owner}/{repo}/git/refs/*',
        fault: { kind: 'status', status: 422, message: 'Reference does not exist, really' },
      },
    ],
    [
      `POST /repos/{owner}/{repo}/pulls=validation,times=2,message=A pull request already exists for o:b.`,
      {
        method: 'POST',
        path: '/repos/{owner}/{repo}/pulls',
        times: 2,
        fault: { kind: 'validation', message: 'A pull request already exists for o:b.' },
      },
    ],
    [
      `PUT ${ISSUES}=validation`,
      { method: 'PUT', path: ISSUES, fault: { kind: 'validation', message: 'Validation Failed' } },
    ],
    [
      'GET /repos/{owner}/{repo}/actions/runs/*=delay:1500,times=3',
      {
        method: 'GET',
        path: '/repos/{owner}/{repo}/actions/runs/*',
        times: 3,
        fault: { kind: 'delay', ms: 1500 },
      },
    ],
  ];

  for (const [spec, expected] of accepted)
    it(`reads ${spec}`, () => {
      const parsed = parseFaultSpec(spec);
      expect(parsed).toEqual(expected);
      // What serve-github prints reads back as the same fault, defaults spelled out.
      const printed = formatFaultSpec(parsed);
      const again = parseFaultSpec(printed);
      expect(formatFaultSpec(again)).toBe(printed);
      expect(again.fault.kind).toBe(parsed.fault.kind);
      expect(again.method).toBe(parsed.method);
      expect(again.times ?? 1).toBe(parsed.times ?? 1);
    });

  it('spells out every default when it prints a fault', () => {
    expect(formatFaultSpec(parseFaultSpec(`POST ${ISSUES}=server-error`))).toBe(
      `POST ${ISSUES}=server-error:500,times=1`,
    );
    expect(formatFaultSpec(parseFaultSpec('*=secondary-rate-limit'))).toBe(
      '*=secondary-rate-limit:403,times=1,retry-after=60',
    );
    expect(formatFaultSpec(parseFaultSpec('*=rate-limit,times=always'))).toBe(
      '*=rate-limit:3600,times=always',
    );
  });

  const refused: Array<[string, string]> = [
    ['POST /issues', '--fault "POST /issues": expected [METHOD ]PATH=KIND[:ARG][,OPTION…]'],
    ['=delay:5', '--fault "=delay:5": before "=" give a path, optionally after a method'],
    [
      'GET /a /b=delay:5',
      'before "=" give a path, optionally after a method ("POST /repos/{owner}/{repo}/issues"); got "GET /a /b"',
    ],
    ['FETCH /a=delay:5', 'unknown method "FETCH"; known: GET, POST, PUT, PATCH, DELETE'],
    ['repos/o/r=delay:5', 'path "repos/o/r" must start with "/" (or be "*" for every path)'],
    ['/repos/o/r/issues?state=all=delay:5', 'may not hold spaces, "?", "#" or ","'],
    ['/repos/*/issues=delay:5', '"*" is allowed only as the last segment'],
    ['/repos/o/r*=delay:5', '"*" is allowed only as the last segment'],
    ['/repos/{owner/issues=delay:5', '"{name}" placeholders must be closed and named'],
    ['/repos/{}/issues=delay:5', '"{name}" placeholders must be closed and named'],
    ['/a=', 'no fault kind after "="'],
    [
      '/a=explode',
      'unknown fault kind "explode"; known: server-error, connection-reset, rate-limit, secondary-rate-limit, status, validation, delay',
    ],
    ['/a=server-error:504', 'server-error takes :500, :502 or :503; got "504"'],
    ['/a=connection-reset:1', 'connection-reset takes no ":1"'],
    ['/a=rate-limit:soon', 'rate-limit takes the seconds until the reset, 0 to 86400; got "soon"'],
    ['/a=secondary-rate-limit:503', 'secondary-rate-limit takes :403 or :429; got "503"'],
    ['/a=status', 'status needs an HTTP status, as in status:404'],
    ['/a=status:200', 'status takes an HTTP error status, 400 to 599; got "200"'],
    ['/a=validation:x', 'validation takes no ":x"'],
    ['/a=delay', 'delay needs milliseconds, as in delay:1500'],
    ['/a=delay:-5', 'delay takes milliseconds, 0 to 600000; got "-5"'],
    ['/a=delay:1e3', 'delay takes milliseconds, 0 to 600000; got "1e3"'],
    ['/a=delay:5,times=0', 'times takes a whole number from 1, or "always"; got "times=0"'],
    ['/a=delay:5,times', 'times takes a whole number from 1, or "always"; got "times"'],
    ['/a=delay:5,times=2,times=3', '"times" is given twice'],
    ['/a=delay:5,after-effect', 'after-effect applies to server-error and connection-reset, not delay'],
    ['/a=server-error,after-effect=yes', 'after-effect takes no value; got "after-effect=yes"'],
    ['/a=server-error,retry-after=1', 'retry-after applies to secondary-rate-limit, not server-error'],
    [
      '/a=secondary-rate-limit,retry-after=soon',
      'retry-after takes seconds, 0 to 3600; got "retry-after=soon"',
    ],
    ['/a=delay:5,message=hi', 'message= applies to status and validation, not delay'],
    ['/a=status:404,message=', 'message= needs a text'],
    [
      '/a=delay:5,afteref',
      'unknown option "afteref"; known: times=N|always, after-effect, retry-after=S, message=TEXT',
    ],
  ];

  for (const [spec, message] of refused)
    it(`refuses ${JSON.stringify(spec)}`, () => {
      const got = refusal(spec);
      expect(got).toContain(message);
      expect(got.startsWith(`--fault ${JSON.stringify(spec)}: `)).toBe(true);
      expect(got).not.toContain('\n');
    });

  it('quotes a bad part so control characters cannot reach the terminal raw', () => {
    const got = refusal('/a=\u001b[31mred');
    expect(got).not.toContain('\u001b');
    expect(got).toContain('\\u001b[31mred');
  });

  it('serve-github reports a bad --fault as a usage error (exit 2) before it listens', async () => {
    const o = io();
    expect(
      await runCli(
        ['serve-github', '--fault', `POST ${ISSUES}=server-error:502`, '--fault', `POST ${ISSUES}=boom`],
        o,
        commands,
      ),
    ).toBe(EXIT.usage);
    expect(o.out).toEqual([]);
    const [first, second] = o.err.join('').split('\n');
    expect(first).toBe(
      `autoheal serve-github: --fault "POST ${ISSUES}=boom": unknown fault kind "boom"; known: server-error, connection-reset, rate-limit, secondary-rate-limit, status, validation, delay`,
    );
    expect(second).toMatch(/^Usage: pnpm autoheal serve-github .*\[--fault SPEC\]/);
  });

  it('documents --fault in its usage text', async () => {
    const o = io();
    expect(await runCli(['serve-github', '--help'], o, commands)).toBe(EXIT.ok);
    const usage = o.out.join('');
    expect(usage).toContain('--fault SPEC');
    for (const kind of [
      'server-error',
      'connection-reset',
      'rate-limit',
      'secondary-rate-limit',
      'status:CODE',
      'validation',
      'delay:MS',
    ])
      expect(usage).toContain(kind);
    // Every example in the usage text parses.
    const examples = [...usage.matchAll(/--fault '([^']+)'/g)].map((m) => m[1]!);
    expect(examples.length).toBeGreaterThanOrEqual(3);
    for (const example of examples) expect(() => parseFaultSpec(example)).not.toThrow();
  });

  it('as a process, a bad --fault is one line and exit code 2, no stack trace', () => {
    const result = spawnSync(process.execPath, [MAIN, 'serve-github', '--fault', '/a=delay:5,times=never'], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(result.status).toBe(EXIT.usage);
    expect(result.stdout).toBe('');
    expect(result.stderr).not.toMatch(/^\s+at /m);
    expect(result.stderr.split('\n')[0]).toBe(
      'autoheal serve-github: --fault "/a=delay:5,times=never": times takes a whole number from 1, or "always"; got "times=never"',
    );
  });
});
