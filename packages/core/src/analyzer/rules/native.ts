import type { Rule } from '../rule.js';
import { facts, location } from './helpers.js';

/** gcc/clang, the linker, CMake and make. */
export const nativeRules: Rule[] = [
  {
    id: 'cc.error',
    tool: 'cc',
    anchors: [' error: ', 'fatal error: '],
    // "src/a.c:12:5: error: 'x' undeclared" (gcc and clang alike); the caret lines are indented below.
    pattern: /^(\S+\.(?:c|cc|cpp|cxx|c\+\+|h|hh|hpp|hxx|m|mm|cu)):(\d+):(?:(\d+):)? (?:fatal )?error: (.*)/,
    role: 'error',
    category: 'compile_error',
    weight: 0.9,
    follow: 'indented',
    lead: /^(?:In file included from |\S+: In (?:function|member function|constructor|instantiation of) )/,
    facts: (m) =>
      facts({
        tool: 'cc',
        file: /^(\S+): No such file or directory$/.exec(m[4]!)?.[1],
        locations: [location(m[1], m[2], m[3], m[4])],
      }),
  },
  {
    id: 'ld.undefined-reference',
    tool: 'ld',
    anchors: ['undefined reference to', 'ld returned', 'symbol(s) not found', 'Undefined symbols'],
    pattern:
      /undefined reference to [`']([^']+)'|ld returned \d+ exit status|symbol\(s\) not found for architecture|^Undefined symbols for architecture/,
    role: 'error',
    category: 'compile_error',
    weight: 0.8,
    facts: () => ({ tool: 'ld' }),
  },
  {
    id: 'cmake.error',
    tool: 'cmake',
    anchors: ['CMake Error'],
    pattern: /^CMake Error(?: at (\S+?):(\d+))?/,
    role: 'error',
    category: 'compile_error',
    weight: 0.7,
    follow: 'indented',
    facts: (m) => facts({ tool: 'cmake', locations: m[1] ? [location(m[1], m[2])] : undefined }),
  },
  {
    id: 'cmake.package-missing',
    tool: 'cmake',
    anchors: ['Could NOT find', 'Could not find a package configuration file'],
    pattern: /Could NOT find (\w+)|Could not find a package configuration file provided by "([^"]+)"/,
    role: 'error',
    category: 'missing_dependency',
    weight: 0.85,
    facts: (m) => ({ tool: 'cmake', package: (m[1] ?? m[2])! }),
  },
  {
    id: 'make.error',
    tool: 'make',
    anchors: ['***'],
    // "make: *** [Makefile:24: staticcheck] Error 1", "make[2]: *** [x.o] Error 1", "make: *** No rule to make target 'x'".
    pattern: /^g?make(?:\[\d+\])?: \*\*\* (?:\[([^\]]+)\] Error (\d+)|No rule to make target [`']([^']+)')/,
    role: 'verdict',
    weight: 0.3,
    facts: (m) => facts({ tool: 'make', exitCode: m[2] ? Number(m[2]) : undefined, file: m[3] }),
  },
];
