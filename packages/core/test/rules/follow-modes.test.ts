import { describe, expect, it } from 'vitest';
import { continues, indentOf, isFrame, type OpenBlockShape } from '../../src/analyzer/follow.js';
import type { Follow } from '../../src/analyzer/rule.js';

const shape = (follow: Follow): OpenBlockShape => ({ follow, indent: 0, tag: undefined, traceback: false });

/** Which of `lines` (after the opening line) the block takes, fed one by one as the scan does. */
function taken(follow: Follow, lines: readonly string[]): string[] {
  const s = shape(follow);
  const out: string[] = [];
  for (const line of lines) if (continues(s, line)) out.push(line);
  return out;
}

describe('follow modes', () => {
  it("indented counts from after sbt's level prefix: a ScalaTest message belongs, sbt's next line does not", () => {
    // sbt-scalatest-failed, after "[info] - should have 1 task due today *** FAILED ***"
    expect(
      taken('indented', [
        '[info]   List() had length 0 instead of expected length 1 (TaskManagerSpec.scala:15)',
        '[info] Run completed in 172 milliseconds.',
      ]),
    ).toEqual(['[info]   List() had length 0 instead of expected length 1 (TaskManagerSpec.scala:15)']);
    expect(indentOf('[error]  found   : Int')).toBe(1);
    // Only sbt's own levels are a prefix; a Maven tag is text.
    expect(indentOf('[INFO]   Building')).toBe(0);
    expect(indentOf('\tat Foo.bar(Foo.java:3)')).toBe(4);
  });

  it('a frame under an sbt prefix is a frame', () => {
    expect(isFrame('[info]   at scala.Predef$.$qmark$qmark$qmark(Predef.scala:252)')).toBe(true);
    expect(
      isFrame('[info]   List() had length 0 instead of expected length 1 (TaskManagerSpec.scala:15)'),
    ).toBe(false);
  });

  it('until-blank takes the lines under a failed test and stops for good at the first blank', () => {
    // busted, after "Failure -> spec/calc_spec.lua @ 4"
    expect(
      taken('until-blank', [
        'calc adds two numbers',
        'spec/calc_spec.lua:5: Expected objects to be the same.',
        '',
        'Passed in:',
        '(number) 5',
      ]),
    ).toEqual(['calc adds two numbers', 'spec/calc_spec.lua:5: Expected objects to be the same.']);
  });

  it('paragraph, unlike until-blank, goes on after a blank line', () => {
    expect(taken('paragraph', ['a', '', 'b'])).toEqual(['a', 'b']);
  });

  it("tex-context takes TeX's l.<n> line and its indented rest, not the output after it", () => {
    // pdflatex, after "! Undefined control sequence."
    expect(
      taken('tex-context', [
        'l.5 \\foo',
        '        {bar}',
        '[1{/var/lib/texmf/fonts/map/pdftex/updmap/pdftex.map}] (./main.aux) )',
      ]),
    ).toEqual(['l.5 \\foo', '        {bar}']);
    // after "! Emergency stop."
    expect(taken('tex-context', ['<read *> ', 'l.3 \\begin', 'Type X to quit'])).toEqual([
      '<read *> ',
      'l.3 \\begin',
    ]);
  });
});
