import { describe, it } from 'vitest';
import { checkCase, checkMiss } from './rule-cases.js';
import { travisLangCases as cases } from './travis-langs.cases.js';

describe('SwiftLint, Swift, XCUITest, Raku, Octave, Lisp, CoffeeScript and PHPStan rules', () => {
  for (const c of cases) it(`${c.rule}: ${c.line.slice(0, 70)}`, () => checkCase(c));

  it('does not take look-alikes', () => {
    // A warning does not fail the lint; only --strict makes it an error.
    checkMiss(
      'swiftlint.violation',
      'filename:1:2: warning: Line Length Violation: Violation Reason. (line_length)',
    );
    checkMiss('raku.missing-module', 'Could not find a version of JSON::Fast');
    checkMiss('raku.exception-frame', 'Installing in sub directories at once line 4');
    checkMiss('octave.called-from', 'error: called from an unexpected place');
    checkMiss('ert.failed', '   passed  1/2  slug-make-keeps-ascii (0.000103 sec)');
    checkMiss('rackunit.result', 'FAILURE: 3 tests failed');
    // Racket's own stack frames under "context...:" are indented: not module errors.
    checkMiss('racket.error', '   /usr/share/racket/collects/syntax/module-reader.rkt:214:17: body');
    // Only PHPStan's table heading, indented by two, names a file.
    checkMiss('phpstan.file-table', 'Line   12: unexpected token');
    checkMiss('sbcl.unhandled', 'Unhandled promise rejection: TypeError');
    checkMiss('swift.fatal-error', 'Fatal error: Unexpectedly found nil while unwrapping an Optional value');
  });
});
