import type { Rule } from '../rule.js';
import { location } from './helpers.js';

/** Lua: busted, luacheck, luarocks and the `lua` interpreter's errors. */

// What Lua's parser says about code it cannot read (also in luacheck's own parser).
const SYNTAX =
  /'[^']*' expected|unexpected symbol|unfinished (?:string|long string|long comment)|malformed number|^expected /;

/**
 * A rock's name from a dependency as luarocks prints it: the part after the last "/", less a
 * "-1.2-1.rockspec" tail. By hand rather than `/^.*\/|-[\d.-]+\.rockspec$/g`: that regex tried
 * its tail from every "-" of a long run of them (quadratic time).
 */
function rockName(dep: string): string {
  let name = dep.slice(dep.lastIndexOf('/') + 1);
  if (!name.endsWith('.rockspec')) return name;
  const base = name.slice(0, -'.rockspec'.length);
  // The version is the longest run of digits, dots and dashes before the suffix, from its first dash.
  let start = base.length;
  while (start > 0 && /[\d.-]/.test(base[start - 1]!)) start--;
  const dash = base.indexOf('-', start);
  if (dash >= 0 && dash < base.length - 1) name = base.slice(0, dash);
  return name;
}

export const luaRules: Rule[] = [
  {
    // "Failure → spec/calc_spec.lua @ 4" (utfTerminal), "Failure -> …" (plainTerminal); the test's
    // name and the assertion follow, up to a blank line.
    id: 'busted.failure',
    tool: 'busted',
    anchors: ['Failure → ', 'Failure -> '],
    pattern: /^Failure (?:→|->) (\S+?) @ (\d+)$/,
    role: 'error',
    category: 'test_failure',
    weight: 0.9,
    follow: 'until-blank',
    facts: (m) => ({ tool: 'busted', locations: [location(m[1], m[2])] }),
  },
  {
    // An error rather than a failed assertion: the message that follows may say more (a module
    // that is missing, code that does not parse), so this weighs less than those.
    id: 'busted.error',
    tool: 'busted',
    anchors: ['Error → ', 'Error -> '],
    pattern: /^Error (?:→|->) (\S+?) @ (\d+)$/,
    role: 'error',
    category: 'test_failure',
    weight: 0.8,
    follow: 'until-blank',
    facts: (m) => ({ tool: 'busted', locations: [location(m[1], m[2])] }),
  },
  {
    id: 'busted.summary',
    tool: 'busted',
    anchors: [' failure / ', ' failures / '],
    pattern: /^\d+ successe?s? \/ (\d+) failures? \/ (\d+) errors? \/ \d+ pending/,
    role: 'verdict',
    classify: (m) => (m[1] === '0' && m[2] === '0' ? undefined : 'test_failure'),
    // A count that closes the run: the failures it counts say why. Below the shown verdicts, so
    // it neither shows nor joins the failure block a blank line above it.
    weight: 0.2,
    facts: () => ({ tool: 'busted' }),
  },
  {
    id: 'lua.module-not-found',
    tool: 'lua',
    anchors: ["' not found"],
    pattern: /module '([^']+)' not found/,
    role: 'error',
    category: 'missing_dependency',
    weight: 0.9,
    facts: (m) => ({ tool: 'lua', module: m[1]! }),
  },
  {
    // "src/queue.lua:5: 'end' expected (to close 'function' at line 2) near '<eof>'": outweighs the
    // busted error it is reported under, since it says what kind of failure that is.
    id: 'lua.syntax-error',
    tool: 'lua',
    anchors: ["' expected", 'unexpected symbol', 'unfinished ', 'malformed number'],
    // The file name stops at the first colon and the message is tested by one lookahead: with
    // `\S+?` and `.*X.*` every "x.lua:1: " in the line started another scan (cubic time).
    pattern:
      /^\s*(?:luac?(?:jit|[\d.]*)?: )?([^\s:]+?\.lua):(\d+): (?=.*?(?:'[^']*' expected|unexpected symbol|unfinished (?:string|long string|long comment)|malformed number))(.*)$/,
    role: 'error',
    category: 'compile_error',
    weight: 0.85,
    facts: (m) => ({ tool: 'lua', locations: [location(m[1], m[2], undefined, m[3])] }),
  },
  {
    // "lua5.4: main.lua:4: attempt to add a 'number' with a 'string'", or the same without the
    // interpreter's name (busted, a host program); not the "main.lua:9: in main chunk" frames.
    id: 'lua.error',
    tool: 'lua',
    anchors: ['.lua:'],
    pattern:
      /^\s*(?:lua(?:jit|[\d.]*)?: )?(\S+?\.lua):(\d+): (?!in (?:function|main chunk|local|upvalue|method|metamethod|field|for iterator|\?)\b)(.+)$/,
    role: 'error',
    weight: 0.6,
    facts: (m) => ({ tool: 'lua', locations: [location(m[1], m[2], undefined, m[3])] }),
  },
  {
    // "    src/util.lua:4:9: unused variable 'unused'"; its parser's complaints are syntax errors.
    id: 'luacheck.warning',
    tool: 'luacheck',
    anchors: ['.lua:'],
    pattern: /^\s*(\S+?\.lua):(\d+):(\d+): (?:\([EW]\d+\) )?(.+)$/,
    role: 'error',
    classify: (m) => (SYNTAX.test(m[4]!) ? 'compile_error' : 'lint_failure'),
    weight: 0.85,
    facts: (m) => ({ tool: 'luacheck', locations: [location(m[1], m[2], m[3], m[4])] }),
  },
  {
    // "Error: Could not satisfy dependency penlight >= 1.13: No results matching query were found"
    id: 'luarocks.dependency',
    tool: 'luarocks',
    anchors: ['Could not satisfy dependency', 'Failed installing dependency'],
    pattern: /^Error: (?:Could not satisfy dependency (\S+)|Failed installing dependency: (\S+))/,
    role: 'error',
    category: 'missing_dependency',
    weight: 0.9,
    facts: (m) => ({ tool: 'luarocks', package: rockName(m[1] ?? m[2]!) }),
  },
  {
    id: 'luacheck.total',
    tool: 'luacheck',
    anchors: [' error in ', ' errors in '],
    pattern: /^Total: (\d+) warnings? \/ (\d+) errors? in \d+ files?/,
    role: 'verdict',
    classify: (m) => (m[1] === '0' && m[2] === '0' ? undefined : 'lint_failure'),
    // A count that closes the run: the failures it counts say why. Below the shown verdicts, so
    // it neither shows nor joins the failure block a blank line above it.
    weight: 0.2,
    facts: () => ({ tool: 'luacheck' }),
  },
];
