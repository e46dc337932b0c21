import type { FailureCategory } from '../categories.js';
import type { Rule } from '../rule.js';
import { facts, location } from './helpers.js';

/** TeX and LaTeX (pdflatex, xelatex, lualatex, latexmk) errors, and chktex. */

function texCategory(message: string): FailureCategory {
  // "File `fancyhdrx.sty' not found." names a package; any other file is the author's own.
  const file = /^File [`']([^']+)' not found/.exec(message)?.[1];
  if (file !== undefined)
    return /\.(?:sty|cls|def|fd|cfg|clo)$/.test(file) ? 'missing_dependency' : 'missing_file';
  return 'compile_error';
}

export const latexRules: Rule[] = [
  {
    // TeX's errors start "! ": "! Undefined control sequence.", "! LaTeX Error: …",
    // "! Package babel Error: …"; the "l.<n>" line after them says where.
    id: 'tex.error',
    tool: 'tex',
    anchors: [
      '! LaTeX Error: ',
      '! Package ',
      '! Class ',
      '! Undefined control sequence',
      '! Missing ',
      '! Extra ',
      '! Too many ',
      '! Misplaced ',
      '! Argument of ',
      '! Illegal ',
      '! Double su',
      '! File ended while',
      '! Paragraph ended before',
      '! TeX capacity exceeded',
      "! I can't find file",
      '! Font ',
      '! Undefined ',
      '! Use of ',
      '! You can',
      '! Incomplete ',
      '! Display math should end',
      '! Bad math environment',
      '! Dimension too large',
      '! Number too big',
      '! Text line contains an invalid character',
      '! LaTeX3 Error: ',
    ],
    pattern: /^\s*! (?:(?:LaTeX3?|Package ([\w-]+)|Class ([\w-]+)) Error: )?(\S.*)$/,
    role: 'error',
    classify: (m) => texCategory(m[3]!),
    weight: 0.85,
    follow: 'tex-context',
    facts: (m) => facts({ tool: 'tex', package: m[1] ?? m[2] }),
  },
  {
    // After the real error, in batch mode: says nothing new.
    id: 'tex.emergency-stop',
    tool: 'tex',
    anchors: ['! Emergency stop'],
    pattern: /^\s*! Emergency stop\./,
    role: 'error',
    weight: 0.3,
    follow: 'tex-context',
  },
  {
    // -file-line-error: "./main.tex:5: Undefined control sequence."
    id: 'tex.file-line-error',
    tool: 'tex',
    anchors: ['.tex:', '.sty:', '.cls:'],
    // Not "./main.tex:3: Emergency stop." nor "==> Fatal error occurred": they follow the error.
    pattern:
      /^(\S+?\.(?:tex|sty|cls|ltx|dtx)):(\d+): (?!Emergency stop|\s*==> Fatal error)(?:(?:LaTeX3?|Package [\w-]+|Class [\w-]+) Error: )?(\S.*)$/,
    role: 'error',
    classify: (m) => texCategory(m[3]!),
    weight: 0.85,
    follow: 'tex-context',
    facts: (m) => ({ tool: 'tex', locations: [location(m[1], m[2], undefined, m[3])] }),
  },
  {
    // "Warning 26 in main.tex line 4: You ought to remove spaces in front of punctuation."
    id: 'chktex.warning',
    tool: 'chktex',
    anchors: ['.tex line '],
    pattern: /^(?:Warning|Error) (\d+) in (\S+?\.tex) line (\d+): (.+)$/,
    role: 'error',
    category: 'lint_failure',
    weight: 0.85,
    facts: (m) => ({ tool: 'chktex', code: m[1]!, locations: [location(m[2], m[3], undefined, m[4])] }),
  },
];
