import type { Rule } from '../rule.js';
import { location } from './helpers.js';

/** scalac's own diagnostics, and the same diagnostics as sbt prints them under `[error]`. */

// A missing library shows as an unknown top-level package or one missing a member.
const MISSING_LIBRARY =
  /^not found: object |is not a member of package |^object \w+ is not a member of package/;

export const scalaRules: Rule[] = [
  {
    id: 'scalac.error',
    tool: 'scalac',
    anchors: ['.scala:'],
    // "X.scala:3: error: type mismatch;" with " found   :"/" required:", the code and a caret below.
    pattern: /^(\S+\.scala):(\d+): error: (.*)$/,
    role: 'error',
    classify: (m) => (MISSING_LIBRARY.test(m[3]!) ? 'missing_dependency' : 'compile_error'),
    weight: 0.85,
    follow: 'indented',
    facts: (m) => ({ tool: 'scalac', locations: [location(m[1], m[2], undefined, m[3])] }),
  },
  {
    id: 'sbt.compile-error',
    tool: 'sbt',
    anchors: ['.scala:'],
    // "[error] /path/X.scala:3:5: type mismatch;" and its details on further `[error]` lines.
    pattern: /^\[error\] (\S+\.scala):(\d+):(?:(\d+):)? (?:error: )?(.*)$/,
    role: 'error',
    classify: (m) => (MISSING_LIBRARY.test(m[4]!) ? 'missing_dependency' : 'compile_error'),
    weight: 0.85,
    follow: 'same-tag',
    facts: (m) => ({ tool: 'sbt', locations: [location(m[1], m[2], m[3], m[4])] }),
  },
];
