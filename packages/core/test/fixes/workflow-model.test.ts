import { describe, expect, it } from 'vitest';
import { literalPieces, Workflow, wildcardNameMatches } from '../../src/fixes/workflow-model.js';

/** The matcher this replaced: each expression became `.*?` of a backtracking regex. Used as an oracle on small inputs. */
function regexOracle(written: string, shown: string): boolean {
  const quote = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const parts = written.split(/\$\{\{[\s\S]*?\}\}/g).map(quote);
  return new RegExp(`^${parts.join('.*?')}$`, 's').test(shown);
}

describe('job-name matching with expressions', () => {
  it('splits a name into the literal text around its expressions', () => {
    expect(literalPieces('build ${{ matrix.os }} on ${{ matrix.node }}')).toEqual(['build ', ' on ', '']);
    expect(literalPieces('no expressions')).toEqual(['no expressions']);
    // An unclosed expression is literal text, as the regex split treated it.
    expect(literalPieces('a ${{ b }} c ${{ d')).toEqual(['a ', ' c ${{ d']);
    expect(literalPieces('x ${{ a }} ${{ b')).toEqual('x ${{ a }} ${{ b'.split(/\$\{\{[\s\S]*?\}\}/g));
  });

  it('agrees with the former regex on prefixes, suffixes, repeats and overlaps', () => {
    const cases: Array<[string, string]> = [
      ['build ${{ matrix.os }}', 'build ubuntu-latest'],
      ['build ${{ matrix.os }}', 'build '],
      ['build ${{ matrix.os }}', 'buil'],
      ['${{ a }}-${{ b }}', 'x-y'],
      ['${{ a }}-${{ b }}', 'xy'],
      ['a${{ x }}a', 'a'],
      ['a${{ x }}a', 'aa'],
      ['ab${{ x }}ba', 'aba'],
      ['ab${{ x }}ba', 'abba'],
      ['${{ x }}ab${{ y }}ab${{ z }}', 'abab'],
      ['${{ x }}ab${{ y }}ab${{ z }}', 'aab'],
      ['${{ x }}aa${{ y }}aa', 'aaaa'],
      ['${{ x }}aa${{ y }}aa', 'aaa'],
      ['t ${{ x }} (${{ y }})', 't 1 (2)'],
      ['line\n${{ x }}', 'line\nmore\nlines'],
      ['${{ x }}', ''],
      ['${{ x }}${{ y }}', 'anything'],
    ];
    for (const [written, shown] of cases)
      expect([written, shown, wildcardNameMatches(written, shown)]).toEqual([
        written,
        shown,
        regexOracle(written, shown),
      ]);
  });

  it('agrees with the former regex on random names over a small alphabet', () => {
    let seed = 7;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const word = (max: number) => Array.from({ length: next(max) }, () => 'ab'[next(2)]).join('');
    for (let i = 0; i < 3000; i++) {
      const pieces = Array.from({ length: 1 + next(4) }, () => word(3));
      const written = pieces.join('${{ e }}');
      const shown = word(8);
      expect([written, shown, wildcardNameMatches(written, shown)]).toEqual([
        written,
        shown,
        regexOracle(written, shown),
      ]);
    }
  });

  it('matches an adversarial name with 30 expressions in linear steps', () => {
    // With the regex, 8 expressions against this shape took seconds and each more one multiplied it:
    // every piece fits the prefix, suffix and the a's, only the piece `c` is missing.
    const pieces = [...Array.from({ length: 29 }, () => 'a'), 'c', 'a'];
    const written = pieces.join('${{ x }}');
    expect(literalPieces(written)).toHaveLength(31);
    const shown = 'a'.repeat(5000);
    const steps = { count: 0 };
    const started = performance.now();
    expect(wildcardNameMatches(written, shown, steps)).toBe(false);
    const elapsed = performance.now() - started;
    // One indexOf per middle piece at most: no retrying of earlier pieces.
    expect(steps.count).toBe(29);
    expect(elapsed).toBeLessThan(2000);
    console.log(`30 expressions, adversarial name of ${shown.length} chars: ${elapsed.toFixed(2)} ms`);

    const fits = pieces.join('-');
    expect(wildcardNameMatches(written, `${fits}${'a'.repeat(100)}`)).toBe(true);
  });

  it('finds the job of an adversarial fork-written name through Workflow.findJob', () => {
    const name = [...Array.from({ length: 29 }, () => 'a'), 'c', 'a'].join('${{ github.head_ref }}');
    const text = `on: push\njobs:\n  evil:\n    name: "${name}"\n    runs-on: ubuntu-latest\n    steps:\n      - run: true\n  other:\n    runs-on: ubuntu-latest\n    steps:\n      - run: true\n`;
    const parsed = Workflow.parse(text, '.github/workflows/ci.yml');
    if (!parsed.ok) throw new Error(parsed.reason);
    const started = performance.now();
    const miss = parsed.value.findJob('a'.repeat(3000));
    const elapsed = performance.now() - started;
    expect(miss.ok).toBe(false);
    expect(elapsed).toBeLessThan(2000);
    const hit = parsed.value.findJob(`${'a'.repeat(40)}c${'a'.repeat(3)}`);
    expect(hit.ok && hit.value.id).toBe('evil');
    expect(parsed.value.findJob('other').ok).toBe(true);
  });
});
