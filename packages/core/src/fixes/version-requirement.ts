/**
 * Reading a toolchain requirement from a log (`>=20`, `^18.18.0 || >=20`, `>=3.8,<3.12`, `~=3.11`,
 * `3.2.2`) and choosing the lowest version line that meets it, written the way setup actions take
 * it (`20`, `3.11`, `17`, `1.22`). Node ranges are read by `semver`, npm's own grammar; Python's
 * PEP 440 and Poetry specifiers and Go, Java and Ruby versions by the small reader below.
 */
// Only the range parts of semver: its index pulls in every function (about 90 kB more per bundle).
import Range from 'semver/classes/range.js';
import validRange from 'semver/ranges/valid.js';

export type Toolchain = 'node' | 'python' | 'java' | 'go' | 'ruby';

type Version = number[];

interface Alternative {
  min?: Version;
  max?: { version: Version; inclusive: boolean };
  exact?: Version;
}

export function parseVersion(text: string): Version | undefined {
  const t = text.trim().replace(/^v/, '');
  if (!/^\d+(?:\.\d+)*$/.test(t)) return undefined;
  return t.split('.').map(Number);
}

export function compareVersions(a: Version, b: Version): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

function bump(v: Version, index: number): Version {
  const out = v.slice(0, index + 1);
  out[index] = (out[index] ?? 0) + 1;
  return out;
}

function parseAlternative(text: string): Alternative | undefined {
  const alt: Alternative = {};
  const tokens = text
    .replace(/(>=|<=|~=|==|!=|[<>^~=])\s+/g, '$1')
    .split(/[\s,]+/)
    .filter((t) => t !== '');
  if (tokens.length === 0) return undefined;
  for (const token of tokens) {
    const m = /^(>=|<=|~=|==|!=|[<>^~=])?(.+)$/.exec(token)!;
    const op = m[1] ?? '';
    const raw = m[2]!;
    if (op === '!=') continue;
    const wildcard = /^(\d+(?:\.\d+)*)\.(?:x|\*)$/.exec(raw);
    const v = parseVersion(wildcard ? wildcard[1]! : raw);
    if (!v) return undefined;
    if (wildcard) {
      if (op !== '' && op !== '==' && op !== '=') return undefined;
      alt.min = v;
      alt.max = { version: bump(v, v.length - 1), inclusive: false };
    } else if (op === '>=') alt.min = v;
    else if (op === '<') alt.max = { version: v, inclusive: false };
    else if (op === '<=') alt.max = { version: v, inclusive: true };
    else if (op === '^') {
      alt.min = v;
      alt.max = { version: bump(v, 0), inclusive: false };
    } else if (op === '~') {
      alt.min = v;
      alt.max = { version: bump(v, v.length > 1 ? 1 : 0), inclusive: false };
    } else if (op === '~=') {
      if (v.length < 2) return undefined;
      alt.min = v;
      alt.max = { version: bump(v, v.length - 2), inclusive: false };
    } else if (op === '' || op === '==' || op === '=') alt.exact = v;
    // An exclusive lower bound (`>18`) names no version to choose.
    else return undefined;
  }
  return alt;
}

/**
 * A Node range as npm reads it (hyphen ranges, x-ranges, `>18`, `<=20.3` meaning all of 20.3.x),
 * as one alternative per comparator set.
 */
export function parseNodeRange(text: string): Alternative[] | undefined {
  // npm reads no commas; other tools' messages sometimes write `>=18, <21`.
  const range = validRange(text) ?? validRange(text.replace(/,/g, ' '));
  if (range === null) return undefined;
  return new Range(range).set.map((set) => {
    const alt: Alternative = {};
    for (const c of set) {
      // `*` is a comparator that bounds nothing.
      if (c.value === '') continue;
      const v = [c.semver.major, c.semver.minor, c.semver.patch];
      // semver writes `<19` as `<19.0.0-0`; the prerelease tag changes no line.
      if (c.operator === '>=' || c.operator === '>') {
        const min = c.operator === '>' ? bump(v, 2) : v;
        if (!alt.min || compareVersions(min, alt.min) > 0) alt.min = min;
      } else if (c.operator === '<' || c.operator === '<=') {
        const order = alt.max ? compareVersions(v, alt.max.version) : -1;
        // Of two upper bounds the tighter one holds.
        if (order < 0 || (order === 0 && c.operator === '<'))
          alt.max = { version: v, inclusive: c.operator === '<=' };
      } else alt.exact = v;
    }
    return alt;
  });
}

function nodeMeets(version: Version, required: string): boolean {
  const range = validRange(required) ?? validRange(required.replace(/,/g, ' '));
  const v = [...version, 0, 0].slice(0, 3).join('.');
  return range !== null && new Range(range).test(v);
}

export function parseRequirement(text: string): Alternative[] | undefined {
  const alts = text.split('||').map((a) => parseAlternative(a));
  if (alts.some((a) => a === undefined)) return undefined;
  return alts as Alternative[];
}

/** How many components a setup action's version line has for the toolchain. */
const LINE_PARTS: Record<Toolchain, number> = { node: 1, python: 2, java: 1, go: 2, ruby: 2 };

/** Java's class-file versions (61 = Java 17) and `1.8` spellings as Java versions. */
function javaVersion(v: Version): Version {
  if (v[0]! >= 45) return [v[0]! - 44];
  if (v[0] === 1 && v.length > 1) return [v[1]!];
  return v;
}

/** Whether `v` meets one alternative of a parsed requirement. */
export function satisfies(v: Version, alt: Alternative): boolean {
  if (alt.exact) return compareVersions(v.slice(0, alt.exact.length), alt.exact) === 0;
  if (alt.min && compareVersions(v, alt.min) < 0) return false;
  if (alt.max) {
    const c = compareVersions(v, alt.max.version);
    if (c > 0 || (c === 0 && !alt.max.inclusive)) return false;
  }
  return true;
}

export type VersionChoice = { ok: true; version: string } | { ok: false; reason: string };

/**
 * The version line to set for `required`, given the step's current literal and, when the log
 * says, the version that actually ran.
 */
export function chooseVersion(
  toolchain: Toolchain,
  required: string,
  current: string,
  actual?: string,
): VersionChoice {
  let alts = toolchain === 'node' ? parseNodeRange(required) : parseRequirement(required);
  if (!alts)
    return { ok: false, reason: `the requirement "${required}" is not a version range autoheal reads` };
  // A plain Go or Java version in a log is a minimum ("requires go >= 1.22", "release 21").
  if (toolchain === 'go' || toolchain === 'java')
    alts = alts.map((a) => (a.exact ? { min: toolchain === 'java' ? javaVersion(a.exact) : a.exact } : a));
  const now = parseVersion(current.replace(/\.(?:x|\*)$/, ''));
  if (!now) return { ok: false, reason: `the current version "${current}" is not a version number` };
  const parsedActual = actual !== undefined ? parseVersion(actual) : undefined;
  const ran = parsedActual && toolchain === 'java' ? javaVersion(parsedActual) : parsedActual;
  if (ran) {
    if (compareVersions(ran.slice(0, now.length), now) !== 0)
      return {
        ok: false,
        reason: `the version that ran (${actual}) is not the one the step sets (${current}): it comes from elsewhere`,
      };
    if (toolchain === 'node' ? nodeMeets(ran, required) : alts.some((a) => satisfies(ran, a)))
      return { ok: false, reason: `the version that ran (${actual}) already meets "${required}"` };
  }
  const parts = LINE_PARTS[toolchain];
  const candidates: Version[] = [];
  for (const alt of alts) {
    if (alt.exact) {
      candidates.push(alt.exact);
      continue;
    }
    if (!alt.min) continue;
    if (alt.min.length < parts) continue;
    const line = alt.min.slice(0, parts);
    // The newest release of the line must still be inside the range.
    if (alt.max && compareVersions(bump(line, parts - 1), alt.max.version) > 0) continue;
    candidates.push(line);
  }
  const above = candidates.filter((c) => compareVersions(c, now) > 0).sort(compareVersions);
  if (above.length === 0) {
    const same = candidates.some((c) => compareVersions(c, now) === 0);
    return {
      ok: false,
      reason: same
        ? `the step already sets ${current}, which meets "${required}"`
        : `no version line above ${current} meets "${required}" certainly (an upper bound, or a lower one too vague)`,
    };
  }
  return { ok: true, version: above[0]!.join('.') };
}
