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
  {
    id: 'scalac.warning',
    tool: 'scalac',
    anchors: ['.scala:'],
    // Fatal only under -Xfatal-warnings: weak enough that a real error elsewhere hides it.
    pattern: /^(\S+\.scala):(\d+): warning: (.*)$/,
    role: 'error',
    category: 'compile_error',
    weight: 0.35,
    follow: 'indented',
    facts: (m) => ({ tool: 'scalac', locations: [location(m[1], m[2], undefined, m[3])] }),
  },
  {
    id: 'scalac.fatal-warnings',
    tool: 'scalac',
    anchors: ['No warnings can be incurred'],
    pattern: /^error: No warnings can be incurred under -Xfatal-warnings\.$/,
    role: 'error',
    category: 'compile_error',
    weight: 0.5,
    facts: () => ({ tool: 'scalac' }),
  },
];
