import type { Rule } from '../rule.js';
import { location } from './helpers.js';

/**
 * scalac's own diagnostics. sbt's `[error] X.scala:L:C:` form waits for a real, licensed sbt log to
 * be tested on (Debian has no sbt).
 */

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
];
