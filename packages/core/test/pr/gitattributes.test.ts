import { describe, expect, it } from 'vitest';
import { attributeOf, linguistOverrides, parseGitAttributes } from '../../src/pr/gitattributes.js';

const TEXT = `# generated code
*.pb.go linguist-generated
dist/** linguist-generated=true
dist/keep.js -linguist-generated
vendor/** linguist-vendored
"my dir/**" linguist-generated
gen/ linguist-generated
docs/** linguist-documentation
src/*.snap linguist-generated
src/a.snap !linguist-generated
api/schema.json linguist-generated=false
* text=auto eol=lf
!neg linguist-generated
[attr]binary -diff -merge -text
`;

describe('.gitattributes', () => {
  const attributes = parseGitAttributes(TEXT);

  it('reads set, unset, valued and unspecified attributes; the last matching line decides', () => {
    expect(linguistOverrides(attributes, 'proto/user.pb.go').generated).toBe(true);
    expect(linguistOverrides(attributes, 'dist/bundle.js').generated).toBe(true);
    expect(linguistOverrides(attributes, 'dist/keep.js').generated).toBe(false);
    expect(linguistOverrides(attributes, 'src/b.snap').generated).toBe(true);
    // `!attr` returns it to unspecified, whatever earlier lines said.
    expect(linguistOverrides(attributes, 'src/a.snap').generated).toBeUndefined();
    expect(linguistOverrides(attributes, 'api/schema.json').generated).toBe(false);
    expect(linguistOverrides(attributes, 'vendor/x/y.c').vendored).toBe(true);
    expect(linguistOverrides(attributes, 'docs/guide/intro.md').documentation).toBe(true);
    expect(attributeOf(attributes, 'README.md', 'eol')).toBe('lf');
    expect(attributeOf(attributes, 'README.md', 'text')).toBe('auto');
  });

  it('does not let a directory pattern reach the files inside it (unlike .gitignore)', () => {
    expect(linguistOverrides(attributes, 'gen/a.ts').generated).toBeUndefined();
    // `src/*.snap` is anchored and one level deep.
    expect(linguistOverrides(attributes, 'src/deep/c.snap').generated).toBeUndefined();
  });

  it('reads quoted patterns and skips negative patterns and macros', () => {
    expect(linguistOverrides(attributes, 'my dir/out.js').generated).toBe(true);
    expect(attributes.problems).toEqual([{ line: 13, message: expect.stringMatching(/negative patterns/) }]);
    expect(attributeOf(attributes, 'neg', 'linguist-generated')).toBeUndefined();
  });
});
