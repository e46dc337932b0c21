import { describe, expect, expectTypeOf, it } from 'vitest';
import { ConfigurationError, ConfigurationErrors } from '../src/errors.js';
import {
  bool,
  duration,
  formatDuration,
  globs,
  type InputSpec,
  inputEnvName,
  int,
  list,
  manyOf,
  num,
  oneOf,
  parseDuration,
  readInputs,
  readInputsInto,
  splitList,
  str,
} from '../src/inputs.js';
import type { Env } from '../src/runtime.js';

/** The messages `readInputs` rejects the env with; fails the test when it is accepted. */
function errorsOf(env: Env, specs: Record<string, InputSpec<unknown>>): string[] {
  try {
    readInputs(env, specs);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigurationErrors);
    const errors = (error as ConfigurationErrors).errors;
    for (const e of errors) expect(e).toBeInstanceOf(ConfigurationError);
    return errors.map((e) => e.message);
  }
  throw new Error('inputs were accepted');
}

/** The env that gives one input (named by its spec, else `x`) the value `raw`. */
function envFor(spec: InputSpec<unknown>, raw: string | undefined): Env {
  return { [inputEnvName(spec.name ?? 'x')]: raw };
}

/** The value of one input given as `raw`. */
function read<T>(spec: InputSpec<T>, raw: string | undefined): T {
  return readInputs(envFor(spec, raw), { x: spec }).x;
}

/** The one error of one input given as `raw`. */
function error(spec: InputSpec<unknown>, raw: string): string {
  const errors = errorsOf(envFor(spec, raw), { x: spec });
  expect(errors).toHaveLength(1);
  return errors[0]!;
}

describe('input names', () => {
  it('maps a name to the env var the runner sets', () => {
    expect(inputEnvName('dry-run')).toBe('INPUT_DRY-RUN');
    expect(inputEnvName('github token')).toBe('INPUT_GITHUB_TOKEN');
    expect(inputEnvName('max-jobs')).toBe('INPUT_MAX-JOBS');
  });

  it('names an input by the kebab-case of its key unless given a name', () => {
    const env = { 'INPUT_MAX-JOBS': '3', 'INPUT_DRY-RUN': 'true', INPUT_TOKEN: 't' };
    const inputs = readInputs(env, {
      maxJobs: int(),
      dryRun: bool(),
      apiToken: str({ name: 'token' }),
    });
    expect(inputs).toEqual({ maxJobs: 3, dryRun: true, apiToken: 't' });
  });

  it('reads only the env it is given', () => {
    process.env.INPUT_LEAK = 'from process.env';
    try {
      expect(readInputs({}, { leak: str() }).leak).toBeUndefined();
    } finally {
      delete process.env.INPUT_LEAK;
    }
  });
});

describe('presence', () => {
  it('treats absent, empty and blank values as not given, and trims the rest', () => {
    expect(read(str(), undefined)).toBeUndefined();
    expect(read(str(), '')).toBeUndefined();
    expect(read(str(), ' \n ')).toBeUndefined();
    expect(read(str(), '  main \n')).toBe('main');
    expect(read(str({ default: 'dflt' }), '')).toBe('dflt');
  });

  it('reports a required input that was not given, saying what it expects', () => {
    expect(error(str({ required: true }), '')).toBe(
      'Input "x" is required but was not given; expected a value.',
    );
    expect(error(int({ required: true, min: 1, max: 20 }), ' ')).toBe(
      'Input "x" is required but was not given; expected an integer from 1 to 20.',
    );
  });

  it('gives each read its own copy of a default', () => {
    const spec = list({ default: ['a'] });
    const first = read(spec, undefined);
    first.push('b');
    expect(read(spec, undefined)).toEqual(['a']);
  });

  it('refuses a spec that is both required and defaulted', () => {
    expect(() => int({ name: 'n', required: true, default: 1 })).toThrow(TypeError);
  });

  it('types each value by its spec', () => {
    const inputs = readInputs(
      { INPUT_TOKEN: 't' },
      {
        token: str({ required: true, secret: true }),
        maxJobs: int({ name: 'max-jobs', min: 1, max: 20, default: 5 }),
        dryRun: bool({ name: 'dry-run', default: false }),
        confidence: num({ min: 0, max: 1 }),
        mode: oneOf(['fast', 'full'], { default: 'fast' }),
        on: manyOf(['created', 'reopened']),
        paths: globs({ default: ['**'] }),
        age: duration(),
      },
    );
    expectTypeOf(inputs.token).toEqualTypeOf<string>();
    expectTypeOf(inputs.maxJobs).toEqualTypeOf<number>();
    expectTypeOf(inputs.dryRun).toEqualTypeOf<boolean>();
    expectTypeOf(inputs.confidence).toEqualTypeOf<number | undefined>();
    expectTypeOf(inputs.mode).toEqualTypeOf<'fast' | 'full'>();
    expectTypeOf(inputs.on).toEqualTypeOf<('created' | 'reopened')[] | undefined>();
    expectTypeOf(inputs.paths).toEqualTypeOf<string[]>();
    expectTypeOf(inputs.age).toEqualTypeOf<number | undefined>();
    expect(inputs).toEqual({ token: 't', maxJobs: 5, dryRun: false, mode: 'fast', paths: ['**'] });
  });
});

describe('strings', () => {
  it('runs the check and quotes the value it rejects', () => {
    const branch = str({
      check: (v) => (v.includes('..') ? 'must be a branch name without ".."' : undefined),
    });
    expect(read(branch, 'release/1.x')).toBe('release/1.x');
    expect(error(branch, 'a..b')).toBe('Input "x" must be a branch name without ".."; got "a..b".');
  });

  it('never echoes the value of a secret input', () => {
    const token = str({
      name: 'token',
      secret: true,
      check: (v) => (v.startsWith('gh') ? undefined : 'must be a GitHub token'),
    });
    const message = errorsOf({ INPUT_TOKEN: 'hunter2-not-a-token' }, { token })[0]!;
    expect(message).toBe(
      'Input "token" must be a GitHub token; the value is not shown because the input is secret.',
    );
    expect(message).not.toContain('hunter2');
  });

  it('truncates a long value it quotes and shows its line breaks', () => {
    const message = error(int(), `1\n${'9'.repeat(200)}`);
    expect(message).toBe(`Input "x" must be an integer; got "1\\n${'9'.repeat(58)}…".`);
  });
});

describe('booleans', () => {
  it('accepts the YAML 1.2 core spellings', () => {
    for (const raw of ['true', 'True', 'TRUE']) expect(read(bool(), raw)).toBe(true);
    for (const raw of ['false', 'False', 'FALSE']) expect(read(bool(), raw)).toBe(false);
  });

  it('rejects anything else', () => {
    for (const raw of ['yes', 'no', 'on', '1', '0', 'tRUE', 'y'])
      expect(error(bool({ name: 'dry-run' }), raw)).toBe(
        `Input "dry-run" must be true or false (or True, TRUE, False, FALSE); got "${raw}".`,
      );
  });
});

describe('integers', () => {
  const maxJobs = int({ name: 'max-jobs', min: 1, max: 20, default: 5 });
  const readJobs = (raw: string) => readInputs({ 'INPUT_MAX-JOBS': raw }, { maxJobs }).maxJobs;
  const jobsError = (raw: string) => errorsOf({ 'INPUT_MAX-JOBS': raw }, { maxJobs })[0];

  it('reads integers within the bounds, bounds included', () => {
    expect(readJobs('1')).toBe(1);
    expect(readJobs('20')).toBe(20);
    expect(readJobs('+7')).toBe(7);
    expect(readJobs('')).toBe(5);
  });

  it('rejects what is not an integer or out of range, saying what is accepted', () => {
    expect(jobsError('abc')).toBe('Input "max-jobs" must be an integer from 1 to 20; got "abc".');
    for (const raw of ['0', '21', '-1', '2.5', '1e1', '0x10', '5 jobs', '1_0'])
      expect(jobsError(raw)).toBe(`Input "max-jobs" must be an integer from 1 to 20; got "${raw}".`);
  });

  it('phrases one-sided and unbounded ranges', () => {
    expect(error(int({ min: 0 }), '-3')).toBe('Input "x" must be an integer of at least 0; got "-3".');
    expect(error(int({ max: 9 }), '10')).toBe('Input "x" must be an integer of at most 9; got "10".');
    expect(error(int(), '99999999999999999999')).toBe(
      'Input "x" must be an integer; got "99999999999999999999".',
    );
  });
});

describe('numbers', () => {
  const confidence = num({ name: 'min-confidence', min: 0, max: 1 });

  it('reads decimals within the range', () => {
    expect(read(confidence, '0.75')).toBe(0.75);
    expect(read(confidence, '.5')).toBe(0.5);
    expect(read(confidence, '1')).toBe(1);
    expect(read(confidence, '0')).toBe(0);
    expect(read(confidence, '5e-1')).toBe(0.5);
  });

  it('rejects out-of-range values and what Number() would wrongly accept', () => {
    for (const raw of ['1.01', '-0.1', 'NaN', 'Infinity', '0x1', '1_0', '.', '1,5', 'half'])
      expect(error(confidence, raw)).toBe(
        `Input "min-confidence" must be a number from 0 to 1; got "${raw}".`,
      );
  });

  it('supports an exclusive lower bound', () => {
    const factor = num({ above: 1, max: 10 });
    expect(read(factor, '1.5')).toBe(1.5);
    expect(error(factor, '1')).toBe('Input "x" must be a number greater than 1 and at most 10; got "1".');
  });
});

describe('enums', () => {
  const mode = oneOf(['created', 'reopened'], { name: 'on' });

  it('accepts the listed values exactly', () => {
    expect(readInputs({ INPUT_ON: 'reopened' }, { mode }).mode).toBe('reopened');
  });

  it('rejects others, suggesting the closest', () => {
    expect(errorsOf({ INPUT_ON: 'Creatd' }, { mode })).toEqual([
      'Input "on" must be one of "created" or "reopened"; got "Creatd". Did you mean "created"?',
    ]);
    expect(errorsOf({ INPUT_ON: 'closed' }, { mode })).toEqual([
      'Input "on" must be one of "created" or "reopened"; got "closed".',
    ]);
  });
});

describe('lists', () => {
  it('splits on newlines and commas, trimming and dropping empty items', () => {
    expect(splitList('a, b\n\n c,,\r\nd ')).toEqual(['a', 'b', 'c', 'd']);
    expect(read(list(), 'keep\npinned, security')).toEqual(['keep', 'pinned', 'security']);
  });

  it('checks the number of items', () => {
    expect(error(list({ maxItems: 2 }), 'a,b,c')).toBe(
      'Input "x" must have at most 2 items, but has 3; got "a,b,c".',
    );
    expect(error(list({ minItems: 2 }), 'a')).toBe(
      'Input "x" must have at least 2 items, but has 1; got "a".',
    );
  });

  it('checks each item of an enumerated list, naming the bad one, and drops repeats', () => {
    const categories = manyOf(['network_error', 'timeout', 'infrastructure']);
    expect(read(categories, 'timeout, network_error\ntimeout')).toEqual(['timeout', 'network_error']);
    expect(error(categories, 'timeout, network_eror')).toBe(
      'Input "x" must list only "network_error", "timeout" and "infrastructure"; got "network_eror". Did you mean "network_error"?',
    );
  });
});

describe('globs', () => {
  it('keeps commas inside braces and splits the rest', () => {
    expect(read(globs(), 'src/{a,b}/**, docs/**\n*.md')).toEqual(['src/{a,b}/**', 'docs/**', '*.md']);
  });

  it('rejects an invalid glob, naming it', () => {
    expect(error(globs({ name: 'paths' }), 'docs/**\nsrc/[abc')).toBe(
      'Input "paths" has a glob that has an unclosed "["; close it, or write "\\[" to match it literally; got "src/[abc".',
    );
    expect(error(globs(), '#comment')).toContain('has a glob that starts with "#"');
  });

  it('rejects a list of only negated globs', () => {
    expect(error(globs(), '!docs/**')).toBe(
      'Input "x" has only negated globs ("!…"), which match nothing; start with a glob that includes; got "!docs/**".',
    );
  });
});

describe('durations', () => {
  it('reads durations as milliseconds', () => {
    expect(read(duration(), '30d')).toBe(30 * 86_400_000);
    expect(read(duration(), '12h')).toBe(12 * 3_600_000);
    expect(read(duration(), '45m')).toBe(45 * 60_000);
    expect(read(duration(), '90s')).toBe(90_000);
    expect(read(duration(), '2w')).toBe(14 * 86_400_000);
    expect(read(duration(), '1h30m')).toBe(90 * 60_000);
  });

  it('rejects what is not a duration or out of range', () => {
    const age = duration({ min: 3_600_000, max: 30 * 86_400_000 });
    for (const raw of ['30', '1.5h', 'h', '30 d', '3y', '-1d'])
      expect(error(age, raw)).toBe(
        `Input "x" must be a duration from 1h to 30d such as "30d", "12h", "45m" or "1h30m" (units: w, d, h, m, s); got "${raw}".`,
      );
    expect(error(age, '59m')).toContain('got "59m"');
    expect(error(age, '31d')).toContain('got "31d"');
    expect(read(age, '1h')).toBe(3_600_000);
  });

  it('formats and parses durations', () => {
    expect(formatDuration(5_400_000)).toBe('90m');
    expect(formatDuration(86_400_000)).toBe('1d');
    expect(formatDuration(1500)).toBe('1500ms');
    expect(parseDuration('1d12h')).toBe(36 * 3_600_000);
    expect(parseDuration('1d 12h')).toBeUndefined();
  });
});

describe('reading many inputs', () => {
  it('reports every bad input at once, in spec order', () => {
    const env = {
      'INPUT_MAX-JOBS': 'abc',
      'INPUT_DRY-RUN': 'yes',
      'INPUT_MIN-CONFIDENCE': '0.5',
      INPUT_TOKEN: '',
    };
    expect(
      errorsOf(env, {
        token: str({ required: true, secret: true }),
        maxJobs: int({ name: 'max-jobs', min: 1, max: 20, default: 5 }),
        dryRun: bool({ name: 'dry-run', default: false }),
        minConfidence: num({ min: 0, max: 1 }),
      }),
    ).toEqual([
      'Input "token" is required but was not given; expected a value.',
      'Input "max-jobs" must be an integer from 1 to 20; got "abc".',
      'Input "dry-run" must be true or false (or True, TRUE, False, FALSE); got "yes".',
    ]);
  });

  it('throws errors the action wrapper reports one by one', () => {
    let caught: unknown;
    try {
      readInputs({ INPUT_A: 'x', INPUT_B: 'y' }, { a: int(), b: bool() });
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(ConfigurationError);
    expect((caught as ConfigurationErrors).errors).toHaveLength(2);
    expect((caught as Error).message).toBe(
      'Input "a" must be an integer; got "x".\nInput "b" must be true or false (or True, TRUE, False, FALSE); got "y".',
    );
  });
});

describe('readInputsInto', () => {
  it('returns the values when every input is good, adding nothing', () => {
    const errors: ConfigurationError[] = [];
    expect(readInputsInto({ INPUT_A: '3' }, { a: int() }, errors)).toEqual({ a: 3 });
    expect(errors).toEqual([]);
  });

  it('adds every problem to the caller’s list, after what it holds, and returns undefined', () => {
    const own = new ConfigurationError('GITHUB_WORKSPACE is not set.');
    const errors: ConfigurationError[] = [own];
    expect(readInputsInto({ INPUT_A: 'x', INPUT_B: 'y' }, { a: int(), b: bool() }, errors)).toBeUndefined();
    expect(errors.map((e) => e.message)).toEqual([
      'GITHUB_WORKSPACE is not set.',
      'Input "a" must be an integer; got "x".',
      'Input "b" must be true or false (or True, TRUE, False, FALSE); got "y".',
    ]);
  });

  it('lets anything but a user’s mistake through', () => {
    const broken: InputSpec<number> = {
      name: undefined,
      required: false,
      secret: false,
      default: undefined,
      accepts: 'anything',
      parse: () => {
        throw new TypeError('a bug');
      },
    };
    expect(() => readInputsInto({ INPUT_A: '1' }, { a: broken }, [])).toThrow(TypeError);
  });
});
