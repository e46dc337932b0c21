import type { Rule } from '../rule.js';
import { facts, location } from './helpers.js';

/**
 * Rakudo (Raku): compile errors, missing modules and uncaught exceptions. Raku's Test module
 * prints TAP with "# Failed test '…'" diagnostics, which perl.ts's TAP rules already read. From
 * packages/fixtures/ecosystems/raku.
 */
export const rakuRules: Rule[] = [
  {
    // "===SORRY!=== Error while compiling /w/lib/Greeter.rakumod (Greeter)"; the message follows.
    id: 'raku.compile-error',
    tool: 'raku',
    anchors: ['Error while compiling '],
    pattern: /^===SORRY!=== Error while compiling (\S+)(?: \([\w:]+\))?$/,
    role: 'error',
    category: 'compile_error',
    weight: 0.8,
    follow: 'until-blank',
    facts: (m) => ({ tool: 'raku', file: m[1]! }),
  },
  {
    // "Could not find JSON::Fast in:" then the repositories searched, indented.
    id: 'raku.missing-module',
    tool: 'raku',
    anchors: ['Could not find '],
    pattern: /^Could not find ([\w:-]+)(?::ver<[^>]*>)? in:$/,
    role: 'error',
    category: 'missing_dependency',
    weight: 0.9,
    facts: (m) => ({ tool: 'raku', module: m[1]! }),
  },
  {
    // An uncaught exception: its message, then "  in sub load-port at lib/Config.rakumod (Config)
    // line 4" and more frames. The message is the unindented text right above the first frame.
    id: 'raku.exception-frame',
    tool: 'raku',
    anchors: [' in sub ', ' in method ', ' in block <unit> at '],
    pattern: /^\s+in (?:sub|method|submethod|block|routine) ?(\S*) at (\S+)(?: \([\w:]+\))? line (\d+)$/,
    role: 'error',
    category: 'test_failure',
    weight: 0.7,
    // A message starts with a letter; TAP lines, a CI's `+ command` echo and `[Pipeline]` lines
    // above it do not belong to it.
    lead: /^(?!ok |not ok |Dubious,|Failed \d)[A-Za-z]/,
    facts: (m) => facts({ tool: 'raku', locations: [location(m[2], m[3])] }),
  },
];
