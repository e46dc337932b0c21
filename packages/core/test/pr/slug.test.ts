import { describe, expect, it } from 'vitest';
import { isIssueBranch, issueBranchName, MAX_SLUG_LENGTH, slugify } from '../../src/pr/slug.js';

const SAFE = /^(?:[a-z0-9]+(?:-[a-z0-9]+)*)?$/;

describe('slugify', () => {
  it('keeps only lowercase ASCII words joined by single hyphens', () => {
    expect(slugify('Spelling error in the README file')).toBe('spelling-error-in-the-readme-file');
    expect(slugify('  Fix   CI -- on_main!!  ')).toBe('fix-ci-on-main');
  });

  it('turns shell metacharacters and quotes into separators, never into the slug', () => {
    const slug = slugify('a"; curl x|sh; "$(id)');
    expect(slug).toBe('a-curl-x-sh-id');
    expect(slug).toMatch(SAFE);
  });

  it('never starts with a hyphen, so the branch name cannot read as an option', () => {
    expect(slugify('--upload-pack=touch /tmp/pwned')).toBe('upload-pack-touch-tmp-pwned');
    expect(slugify('-')).toBe('');
  });

  it('folds accents and common ligatures to ASCII and drops other scripts', () => {
    expect(slugify('Café déjà vu – Straße')).toBe('cafe-deja-vu-strasse');
    expect(slugify('Œuvre ørsted Łódź')).toBe('oeuvre-orsted-lodz');
    expect(slugify('修复 bug 🐛 now')).toBe('bug-now');
    expect(slugify('ﬁle ①')).toBe('file-1');
  });

  it('transliterates Cyrillic, Greek and other alphabets into readable ASCII words', () => {
    expect(slugify('Ошибка при сборке проекта')).toBe('oshibka-pri-sborke-proekta');
    expect(slugify('Σφάλμα στη δοκιμή')).toBe('sfalma-sti-dokimi');
    expect(slugify('Помилка: ґанок і їжак')).toMatch(/^pomilka-/);
    expect(slugify('Über große Dateien')).toBe('ueber-grosse-dateien');
    expect(slugify('Ünïcödé ẞ İstanbul')).toMatch(SAFE);
  });

  it('drops what has no ASCII spelling (CJK, emoji) and keeps the rest', () => {
    expect(slugify('ビルド失敗 build failed 🔥🔥')).toBe('build-failed');
    expect(slugify('🐛🦄♥ 🚀')).toBe('');
    expect(slugify('fix ♥ 🦄 login')).toBe('fix-login');
  });

  it('folds compatibility forms before transliterating: ligatures, full-width, circled digits', () => {
    expect(slugify('ｆｕｌｌ ｗｉｄｔｈ １２３')).toBe('full-width-123');
    expect(slugify('ﬀ ﬂ ②')).toBe('ff-fl-2');
  });

  // Edge cases from @sindresorhus/slugify's own suite, with the options autoheal uses.
  it('reads a title the way the library does: `&` as a word, contractions, no decamelizing', () => {
    expect(slugify('Foo & Bar')).toBe('foo-and-bar');
    expect(slugify("Don't break Conway's Law")).toBe('dont-break-conways-law');
    expect(slugify('fooBar APIUsage')).toBe('foobar-apiusage');
    expect(slugify('foo_bar--baz__')).toBe('foo-bar-baz');
  });

  it('keeps hostile titles out of the ref: controls, bidi overrides, paths, ref syntax', () => {
    for (const title of [
      'x\u0000y\u202Ez\u2066w',
      '../../.git/config',
      'refs/heads/main@{0}~1^2:..lock',
      '$(curl evil|sh) `id` ${IFS}',
      '\u200B\u200D\uFEFF',
      'a'.repeat(5000) + ' tail',
      '-1'.repeat(20_000) + 'a',
    ]) {
      const slug = slugify(title);
      expect(slug).toMatch(SAFE);
      expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
    }
    expect(slugify('x\u0000y\u202Ez')).toBe('x-y-z');
    expect(slugify('../../.git/config')).toBe('git-config');
  });

  it('stays fast on long runs the library once handled in quadratic time', () => {
    const started = performance.now();
    slugify(`${'-1'.repeat(200_000)}a`);
    slugify('A'.repeat(200_000));
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('is empty when the text has no letter or digit', () => {
    expect(slugify('!!! ??? ---')).toBe('');
    expect(slugify('日本語のタイトル')).toBe('');
  });

  it('cuts at a word boundary within the cap', () => {
    const slug = slugify('Make the dashboard load faster when there are many widgets on it');
    expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
    expect(slug).toBe('make-the-dashboard-load-faster-when');
  });

  it('cuts a single overlong word, and never leaves a trailing hyphen', () => {
    expect(slugify('x'.repeat(100))).toBe('x'.repeat(40));
    expect(slugify(`ab ${'y'.repeat(60)}`)).toBe(`ab-${'y'.repeat(37)}`);
    expect(slugify('aaaa bbbbbbbbb', 5)).toBe('aaaa');
    expect(slugify('a bbbbbbbbb', 6)).toBe('a-bbbb');
  });

  it('holds its guarantees for arbitrary input', () => {
    let seed = 7;
    const rand = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed;
    };
    for (let i = 0; i < 500; i++) {
      const length = rand() % 80;
      const text = Array.from({ length }, () => String.fromCodePoint(rand() % 0x11_0000)).join('');
      const slug = slugify(text);
      expect(slug).toMatch(SAFE);
      expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
    }
  });

  it('rejects a cap that is not a positive integer', () => {
    expect(() => slugify('x', 0)).toThrow(RangeError);
  });
});

describe('issueBranchName', () => {
  it('names the branch after the issue number and the slug', () => {
    expect(issueBranchName(12, 'Fix the flaky login test')).toBe(
      'autoheal/issue-12-fix-the-flaky-login-test',
    );
    expect(issueBranchName(12, '-rf /')).toBe('autoheal/issue-12-rf');
    expect(issueBranchName(3, '???')).toBe('autoheal/issue-3');
    expect(issueBranchName(3, 'x', 2)).toBe('autoheal/issue-3-x-2');
  });

  it('refuses numbers that do not name an issue', () => {
    expect(() => issueBranchName(0, 'x')).toThrow(RangeError);
    expect(() => issueBranchName(1.5, 'x')).toThrow(RangeError);
    expect(() => issueBranchName(1, 'x', 1)).toThrow(RangeError);
  });
});

describe('isIssueBranch', () => {
  it('recognises any slug and suffix for the same issue, and no other issue', () => {
    expect(isIssueBranch('autoheal/issue-12-fix-it', 12)).toBe(true);
    expect(isIssueBranch('autoheal/issue-12', 12)).toBe(true);
    expect(isIssueBranch('autoheal/issue-12-fix-it-2', 12)).toBe(true);
    expect(isIssueBranch('autoheal/issue-123-fix-it', 12)).toBe(false);
    expect(isIssueBranch('autoheal/issue-1-fix-it', 12)).toBe(false);
    expect(isIssueBranch('feature/autoheal/issue-12-x', 12)).toBe(false);
  });
});
