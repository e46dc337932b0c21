import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../src/errors.js';
import { cleanLine } from '../src/log/clean.js';
import { stripControls } from '../src/text/controls.js';
import { openFenceAtEnd } from '../src/text/fences.js';
import { Redactor, redactSecrets } from '../src/text/redact.js';
import {
  codeBlock,
  createSanitizer,
  safeBody,
  safeInline,
  safeLog,
  safeTitle,
  sanitizeForGitHub,
  type TextKind,
} from '../src/text/sanitize.js';
import { cidiffCaseDir } from './cidiff-path.js';
import { seededRandom as random } from './seeded-random.js';

const ZWSP = '\u200B';
const KINDS: TextKind[] = ['title', 'inline', 'body', 'code', 'log'];

// Secret-shaped strings are assembled at run time, so this file holds nothing a secret scanner
// (or GitHub's push protection) would flag; their shapes are the documented real ones.
const B62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
function base62(length: number, seed: number): string {
  const next = random(seed);
  let s = '';
  for (let i = 0; i < length; i++) s += B62[Math.floor(next() * B62.length)];
  return s;
}
const classic = (prefix: string, seed: number) => `${prefix}_${base62(36, seed)}`;
const finePat = `github_${'pat'}_${base62(22, 7)}_${base62(59, 8)}`;
const awsKeyId = ['AKIA', 'IOSFODNN7', 'EXAMPLE'].join('');
const awsSecret = ['wJalrXUtnFEMI', 'K7MDENG', 'bPxRfiCYEXAMPLEKEY'].join('/');
const jwt = [
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9',
  'eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ',
  'SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c',
].join('.');
const dashes = '-'.repeat(5);
function pem(label: string, lines = 3): string {
  const body = Array.from({ length: lines }, (_, i) => base62(64, 100 + i)).join('\n');
  return `${dashes}BEGIN ${label}${dashes}\n${body}\n${dashes}END ${label}${dashes}`;
}

/** Every character reference in `text` decoded, as GitHub's renderer would. */
function decodeReferences(text: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', commat: '@', num: '#' };
  return text.replace(
    /&(?:#[xX]([0-9a-fA-F]+);?|#(\d+);?|([a-z]+);)/g,
    (m, hex?: string, dec?: string, name?: string) => {
      if (hex !== undefined) return String.fromCodePoint(Number.parseInt(hex, 16));
      if (dec !== undefined) return String.fromCodePoint(Number(dec));
      return named[name!] ?? m;
    },
  );
}

/** What GitHub would act on in rendered text: mentions, issue references, closing keywords. */
function gitHubActions(rendered: string): string[] {
  const found: string[] = [];
  const rules: [string, RegExp][] = [
    ['mention', /(?<![A-Za-z0-9_`])@[A-Za-z0-9][A-Za-z0-9-]*/g],
    ['reference', /(?<![A-Za-z0-9_])#\d+|[\w.-]+\/[\w.-]+#\d+|(?<![A-Za-z0-9_])GH-\d+/gi],
    [
      'closing',
      /\b(?:close[sd]?|fix(?:e[sd])?|resolve[sd]?)\s*:?\s+(?:#\d|[\w.-]+\/[\w.-]+#\d|https:\/\/github\.com\/)/gi,
    ],
  ];
  for (const [what, re] of rules) for (const m of rendered.matchAll(re)) found.push(`${what}: ${m[0]}`);
  return found;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe('redaction', () => {
  it('redacts every GitHub token family, in the places logs print them', () => {
    const tokens = ['ghp', 'gho', 'ghu', 'ghs', 'ghr'].map((p, i) => classic(p, i + 1));
    const longer = `ghs_${base62(52, 9)}`;
    const text = [
      `export GITHUB_TOKEN=${tokens[0]}`,
      `gh auth login --with-token <<< ${tokens[1]}`,
      `{"access_token":"${tokens[2]}","token_type":"bearer"}`,
      `installation token: ${tokens[3]} (expires in 1h)`,
      `refresh=${tokens[4]}`,
      `GH_TOKEN_${longer}`,
      `fine-grained: ${finePat}.`,
    ].join('\n');
    const out = redactSecrets(text);
    for (const t of [...tokens, longer, finePat]) expect(out).not.toContain(t);
    expect(out.match(/\[REDACTED:github-token\]/g)).toHaveLength(7);
    expect(out).toContain('export GITHUB_TOKEN=[REDACTED:github-token]\n');
    expect(out).toContain('fine-grained: [REDACTED:github-token].');
    expect(out).toContain('{"access_token":"[REDACTED:github-token]","token_type":"bearer"}');
  });

  it('leaves token-like words that are too short, and all hex ids, alone', () => {
    const text = [
      'ghp_short and gho_notatoken',
      'HEAD is now at 3f786850e387550fdab836ed7e6dc881de23001b Merge pull request',
      'image@sha256:9b2a28eb47540823042a2ba401386845089bb7b62a9637d55816132c4c102aac',
      'run 0f8fad5b-d9cb-469f-a165-70867728950e uuid 7C9E6679-7425-40DE-944B-E07FC1F90AE7',
      'integrity sha512-Fz0ydUfUCV8yVdoL9Nb3HqRrLrWdyULi6bb7M2I1uTEd1dcEjuL3lQ3Gd/aKsW+7fBh2fXMQ+ns==',
      'commit 3f78685 (tag: v1.2.3)',
    ].join('\n');
    expect(redactSecrets(text)).toBe(text);
  });

  it('redacts nothing in 74 real CI logs, which are full of SHAs, digests, UUIDs and masked values', () => {
    const root = cidiffCaseDir('');
    const redactor = new Redactor();
    let logs = 0;
    for (const name of readdirSync(root, { withFileTypes: true })) {
      if (!name.isDirectory()) continue;
      for (const file of readdirSync(`${root}/${name.name}`)) {
        if (!file.endsWith('.log')) continue;
        const text = stripControls(readFileSync(`${root}/${name.name}/${file}`, 'latin1'));
        const out = redactor.redact(text);
        if (out !== text) {
          const line = out.split('\n').findIndex((l, i) => l !== text.split('\n')[i]);
          expect.fail(`${name.name}/${file} line ${line + 1} changed: ${text.split('\n')[line]}`);
        }
        logs += 1;
      }
    }
    expect(logs).toBeGreaterThanOrEqual(70);
  });

  it('redacts AWS access key ids and secret access key assignments, keeping the names', () => {
    const text = [
      `aws_access_key_id = ${awsKeyId}`,
      `aws_secret_access_key = ${awsSecret}`,
      `export AWS_SECRET_ACCESS_KEY=${awsSecret}`,
      `{"AccessKeyId": "ASIA${'Q3EGVBXKZN7FRD2M'}", "SecretAccessKey": "${awsSecret}"}`,
      `TF_VAR_aws_secret_access_key: '${awsSecret}'`,
    ].join('\n');
    const out = redactSecrets(text);
    expect(out).not.toContain(awsSecret);
    expect(out).not.toContain(awsKeyId);
    expect(out).not.toContain('ASIAQ3EGVBXKZN7FRD2M');
    expect(out.split('\n')).toEqual([
      'aws_access_key_id = [REDACTED:aws-access-key-id]',
      'aws_secret_access_key = [REDACTED:aws-secret-access-key]',
      'export AWS_SECRET_ACCESS_KEY=[REDACTED:aws-secret-access-key]',
      '{"AccessKeyId": "[REDACTED:aws-access-key-id]", "SecretAccessKey": "[REDACTED:aws-secret-access-key]"}',
      "TF_VAR_aws_secret_access_key: '[REDACTED:aws-secret-access-key]'",
    ]);
  });

  it('redacts Slack tokens and webhook URLs', () => {
    const kinds = ['xoxb', 'xoxp', 'xoxa', 'xoxr', 'xoxs'];
    const tokens = kinds.map((k, i) => `${k}-${1234567890 + i}-${9876543210 + i}-${base62(24, 20 + i)}`);
    const hook = `https://hooks.slack.com/services/T0${base62(8, 30).toUpperCase()}/B0${base62(8, 31).toUpperCase()}/${base62(24, 32)}`;
    const out = redactSecrets(`${tokens.join(' ')}\ncurl -X POST -d @payload.json ${hook}`);
    for (const t of tokens) expect(out).not.toContain(t);
    expect(out).not.toContain(hook.slice('https://hooks.slack.com/services/'.length));
    expect(out).toBe(
      `${Array(5).fill('[REDACTED:slack-token]').join(' ')}\n` +
        'curl -X POST -d @payload.json https://hooks.slack.com/services/[REDACTED:slack-webhook]',
    );
  });

  it('redacts GitLab, npm, PyPI and Buildkite tokens by shape (what other CIs print)', () => {
    const tokens = [
      `glpat-${base62(20, 40)}`,
      `glcbt-64_${base62(20, 41)}`,
      `GR1348941${base62(20, 42)}`,
      `npm_${base62(36, 43)}`,
      `pypi-AgEIcHlwaS5vcmc${base62(60, 44)}`,
      `bkua_${'0123456789abcdef'.repeat(2)}01234567`,
    ];
    const out = redactSecrets(`push ${tokens.join(' , ')} done`);
    for (const t of tokens) expect(out).not.toContain(t);
    expect(out).toBe(
      'push [REDACTED:gitlab-token] , [REDACTED:gitlab-token] , [REDACTED:gitlab-token] , ' +
        '[REDACTED:npm-token] , [REDACTED:pypi-token] , [REDACTED:buildkite-token] done',
    );
    // Words that only start like one stay.
    expect(redactSecrets('npm_config_cache glpat-short bkua_xyz')).toBe(
      'npm_config_cache glpat-short bkua_xyz',
    );
  });

  it('redacts JWTs, with or without a signature', () => {
    const unsigned = `${jwt.split('.').slice(0, 2).join('.')}.`;
    const out = redactSecrets(`id_token=${jwt}; legacy ${unsigned} end`);
    expect(out).toBe('id_token=[REDACTED:jwt]; legacy [REDACTED:jwt] end');
  });

  it('redacts private key blocks of every flavour, across lines, keeping the text around them', () => {
    for (const label of [
      'RSA PRIVATE KEY',
      'OPENSSH PRIVATE KEY',
      'EC PRIVATE KEY',
      'PRIVATE KEY',
      'ENCRYPTED PRIVATE KEY',
      'PGP PRIVATE KEY BLOCK',
    ]) {
      const key = pem(label);
      const out = redactSecrets(`before\n${key}\nafter`);
      expect(out, label).toBe('before\n[REDACTED:private-key]\nafter');
    }
    // Each line behind a runner timestamp, as a job log prints a key that was echoed.
    const stamped = pem('RSA PRIVATE KEY')
      .split('\n')
      .map((l, i) => `2024-05-01T10:00:0${i}.1234567Z ${l}`)
      .join('\n');
    expect(redactSecrets(`${stamped}\n2024-05-01T10:00:09.0000000Z done`)).toBe(
      '2024-05-01T10:00:00.1234567Z [REDACTED:private-key]\n2024-05-01T10:00:09.0000000Z done',
    );
    // On one line with escaped newlines, as in a service-account JSON file.
    const json = `{"private_key": "${pem('PRIVATE KEY').replaceAll('\n', '\\n')}\\n", "client_email": "ci@p.iam"}`;
    expect(redactSecrets(json)).toBe(
      '{"private_key": "[REDACTED:private-key]\\n", "client_email": "ci@p.iam"}',
    );
  });

  it('redacts from a BEGIN with no END to the end of the text', () => {
    const cut = pem('OPENSSH PRIVATE KEY', 5).split('\n').slice(0, 4).join('\n');
    expect(redactSecrets(`key:\n${cut}\nmore log\n${base62(40, 3)}`)).toBe('key:\n[REDACTED:private-key]');
  });

  it('redacts URL credentials but keeps scheme and host', () => {
    const cases: [string, string][] = [
      [
        'git clone https://x-access-token:s3cr3t-value@github.com/o/r.git',
        'git clone https://[REDACTED:url-credentials]@github.com/o/r.git',
      ],
      [
        'DATABASE_URL=postgres://admin:hunter2@db:5432/app',
        'DATABASE_URL=postgres://[REDACTED:url-credentials]@db:5432/app',
      ],
      // A raw `@` in the password: the userinfo runs to the last `@` before the host.
      [
        'fetch https://bob:p@ss@w0rd@registry.example.com/x',
        'fetch https://[REDACTED:url-credentials]@registry.example.com/x',
      ],
      ['https://only-a-token-here@example.com/', 'https://[REDACTED:url-credentials]@example.com/'],
      // ssh user names are accounts, not secrets; e-mails in queries are not userinfo.
      ['ssh://git@github.com/o/r.git', 'ssh://git@github.com/o/r.git'],
      ['git@github.com:o/r.git', 'git@github.com:o/r.git'],
      ['https://example.com/search?q=a@b.com', 'https://example.com/search?q=a@b.com'],
      ['"url":"https://example.com","mail":"a@b.com"', '"url":"https://example.com","mail":"a@b.com"'],
    ];
    for (const [input, expected] of cases) expect(redactSecrets(input), input).toBe(expected);
  });

  it('redacts Authorization header values, but leaves what the runner already masked', () => {
    expect(redactSecrets('curl -H "Authorization: Bearer abc.def-123" https://api.example.com')).toBe(
      'curl -H "Authorization: Bearer [REDACTED:authorization]" https://api.example.com',
    );
    expect(redactSecrets("-H 'authorization: token 0123456789abcdef'")).toBe(
      "-H 'authorization: token [REDACTED:authorization]'",
    );
    expect(redactSecrets('{"Authorization": "Basic dXNlcjpwYXNzd29yZA=="}')).toBe(
      '{"Authorization": "Basic [REDACTED:authorization]"}',
    );
    const masked = 'git config --local http.https://github.com/.extraheader AUTHORIZATION: basic ***';
    expect(redactSecrets(masked)).toBe(masked);
  });

  it('redacts known secrets literally, in their encoded forms and line by line', () => {
    const secrets = ['pa$$ w/rd', 'line-one-of-it\nline-two-of-it', 'abc', 'token-1', 'token-12'];
    const text = [
      'password pa$$ w/rd and pa%24%24%20w%2Frd',
      'printed: line-one-of-it',
      'then line-two-of-it',
      'json "line-one-of-it\\nline-two-of-it"',
      'abc stays (too short to mask)',
      'token-12 is redacted whole, not as token-1 + 2',
    ].join('\n');
    expect(redactSecrets(text, secrets).split('\n')).toEqual([
      'password [REDACTED:secret] and [REDACTED:secret]',
      'printed: [REDACTED:secret]',
      'then [REDACTED:secret]',
      'json "[REDACTED:secret]"',
      'abc stays (too short to mask)',
      '[REDACTED:secret] is redacted whole, not as [REDACTED:secret] + 2',
    ]);
  });

  it('redacts a token that escape sequences split, and redacts in every kind of output', () => {
    const token = classic('ghp', 50);
    const split = `${token.slice(0, 10)}\u001b[0m${token.slice(10)}`;
    const sanitizer = createSanitizer({ secrets: ['run-secret-value'] });
    for (const kind of KINDS) {
      const out = sanitizer.sanitize(`token ${split} and run-secret-value`, { kind });
      expect(out, kind).not.toContain(token.slice(10));
      expect(out, kind).not.toContain('run-secret-value');
      expect(out, kind).toContain('REDACTED');
    }
  });
});

describe('mentions, references and closing keywords', () => {
  it('neutralises mentions and team mentions with a zero-width space, not e-mail addresses', () => {
    expect(safeInline('cc @octocat and @github/security-team')).toBe(
      `cc @${ZWSP}octocat and @${ZWSP}github/security-team`,
    );
    expect(safeInline('mail jane.doe@example.com or ops+ci@corp.io')).toBe(
      'mail jane.doe@example.com or ops+ci@corp.io',
    );
    // A decorator in prose would mention the user "component".
    expect(safeBody('Use @Component here')).toBe(`Use @${ZWSP}Component here`);
  });

  it('neutralises issue references in all their forms', () => {
    expect(safeBody('see #123, GH-45, gh-6 and octo-org/octo-repo#78')).toBe(
      `see #${ZWSP}123, GH-${ZWSP}45, gh-${ZWSP}6 and octo-org/octo-repo#${ZWSP}78`,
    );
    // Not references: left as written.
    expect(safeBody('#include <stdio.h> in C# and ## Heading')).toBe(
      '#include <stdio.h> in C# and ## Heading',
    );
  });

  it('keeps closing keywords from closing anything, in every form of reference', () => {
    const inputs = [
      'Fixes #12',
      'closes: octo/repo#3',
      'Resolves https://github.com/octo/repo/issues/9',
      'fixed [the bug](https://github.com/octo/repo/issues/4)',
      'RESOLVED GH-5',
      'close\n#6',
    ];
    for (const input of inputs) {
      const out = safeBody(input);
      expect(gitHubActions(decodeReferences(out)), input).toEqual([]);
      expect(out.replaceAll(ZWSP, '')).toBe(input);
    }
    expect(safeBody('Fixes #12')).toBe(`F${ZWSP}ixes #${ZWSP}12`);
    // Ordinary words and bare issue links stay as they are.
    expect(safeBody('fixed a flaky test; see https://github.com/octo/repo/issues/9')).toBe(
      'fixed a flaky test; see https://github.com/octo/repo/issues/9',
    );
  });

  it('neutralises mentions and references spelled with character references', () => {
    const out = safeBody(
      '&#x40;octocat &#X40;hubot &commat;monalisa &#64;mona #&#x31;2 &num;7 GH&#x2D;9 a &amp; b',
    );
    expect(gitHubActions(decodeReferences(out))).toEqual([]);
    // Unrelated references survive.
    expect(out).toContain('a &amp; b');
    expect(safeBody('&lt;tag&gt; &#x2A;')).toBe('&lt;tag&gt; &#x2A;');
  });

  it('leaves code inside fenced blocks verbatim in a body', () => {
    const code = '```java\n@Override // see #12\nString at = "&#x40;";\n```';
    expect(safeBody(`Decorator:\n\n${code}\n\ncc @dev`)).toBe(`Decorator:\n\n${code}\n\ncc @${ZWSP}dev`);
    expect(safeBody('~~~\n@user\n~~~')).toBe('~~~\n@user\n~~~');
  });

  it('treats as prose any fence GitHub might not see as one, so nothing can ping from it', () => {
    // A fence inside a list item ends with the item: "@a" is prose on GitHub.
    const listItem = '- item\n  ```\n  code\n@a\n```\n@b\n```\n@c';
    // A fence-looking line inside an HTML block is raw HTML.
    const html = '<div>\n```\n@a\n```\n</div>\n\n@b';
    // A tag line inside a paragraph is not an HTML block, so GitHub opens a fence on the next line
    // and closes it after the blank line; a tracker that skipped the first fence would open one there.
    const inlineTag = 'para\n<span>\n```\nx\n\n```\n@a';
    // An indented fence is closed by a column-0 line.
    const indented = '  ```\n  code\n```\n@a';
    // A quoted fence.
    const quoted = '> ```\n> @a\n\n@b';
    for (const input of [listItem, html, inlineTag, indented, quoted]) {
      const out = safeBody(input);
      expect(out.includes('@a') || out.includes('@b') || out.includes('@c'), input).toBe(false);
    }
  });

  it('property: inline text never renders a mention, reference or closing keyword, and loses nothing', () => {
    const fragments = [
      '@',
      '#',
      '1',
      '42',
      'a',
      'bob',
      'GH-',
      'fixes ',
      'Closes: ',
      ' ',
      '*',
      '_',
      '`',
      '[',
      ']',
      '(',
      ')',
      '<',
      '>',
      '!',
      '|',
      '\\',
      '~',
      '$',
      '&',
      '#x40;',
      '&#64;',
      '&commat;',
      ';',
      '-',
      '.',
      '\n',
      '<!--',
      '::',
      '##[',
      'o/r',
      'https://github.com/o/r/issues/1',
      'x@y.com',
      '=',
      '+',
      '1. ',
    ];
    const next = random(42);
    for (let i = 0; i < 2000; i++) {
      let input = '';
      const n = 1 + Math.floor(next() * 25);
      for (let j = 0; j < n; j++) input += fragments[Math.floor(next() * fragments.length)];
      const out = safeInline(input);
      expect(out, JSON.stringify(input)).not.toMatch(/[[\]<>|*_`~$\\\n]/);
      expect(out.replace(/&(?:amp|lt|gt|quot|#x[0-9A-F]+);/g, ''), JSON.stringify(input)).not.toContain('&');
      expect(out, JSON.stringify(input)).not.toMatch(/^(?:[#=+>-]|\d+[.)]| {4})/);
      const rendered = decodeReferences(out);
      expect(gitHubActions(rendered), JSON.stringify(input)).toEqual([]);
      expect(rendered.replaceAll(ZWSP, ''), JSON.stringify(input)).toBe(input.replace(/\s+/g, ' ').trim());
    }
  });

  it('property: body prose never renders a mention or reference, and a second pass changes nothing', () => {
    const fragments = [
      '@',
      '#',
      '1',
      'a',
      'GH-',
      'fixes ',
      ' ',
      '\n',
      '&#x40;',
      '&#64;',
      '&commat;',
      '&num;',
      '&',
      ';',
      'o/r',
      '```',
      '~~~',
      '  ',
      '> ',
      '- ',
      '<div>',
      '<pre>',
      '</pre>',
      '<!X',
      '`',
      'x@y.com',
    ];
    const next = random(7);
    for (let i = 0; i < 2000; i++) {
      let input = '';
      const n = 1 + Math.floor(next() * 30);
      for (let j = 0; j < n; j++) input += fragments[Math.floor(next() * fragments.length)];
      const out = safeBody(input);
      expect(safeBody(out), JSON.stringify(input)).toBe(out);
      if (!/[`~]/.test(input))
        expect(gitHubActions(decodeReferences(out)), JSON.stringify(input)).toEqual([]);
    }
  });
});

describe('control characters and workflow commands', () => {
  it('strips ANSI CSI and OSC sequences, lone escapes and other control characters, keeping tabs and newlines', () => {
    const text =
      '\u001b[31;1mred\u001b[0m\tok\r\n' +
      '\u001b]8;;https://example.com\u0007link\u001b]8;;\u0007 \u001b]0;title\u001b\\done\n' +
      'bell\u0007 nul\u0000 bs\u0008 del\u007f c1\u009b31mcsi\u0085 \u001b(Bcharset\u001bM\r' +
      'progress 100%';
    expect(stripControls(text)).toBe('red\tok\nlink done\nbell nul bs del c1csi charset\nprogress 100%');
    // A lone ESC, one before a character no escape sequence uses, and an incomplete CSI.
    expect(stripControls('lone \u001b')).toBe('lone ');
    expect(stripControls('a\u001b\u00e9 b\u001b[31')).toBe('a\u00e9 b31');
  });

  it('does not let an unterminated OSC swallow the following lines', () => {
    expect(stripControls('a\u001b]0;title without end\nnext line')).toBe('a\nnext line');
  });

  it('replaces lone surrogates with U+FFFD and keeps pairs', () => {
    expect(stripControls('ok \uD83D\uDE00 bad \uD83D end \uDE00')).toBe(
      'ok \uD83D\uDE00 bad \uFFFD end \uFFFD',
    );
  });

  it('defangs workflow commands at line starts in every kind, so the runner would not act on them', () => {
    const lines = [
      '::set-output name=token::x',
      '  ::add-mask::secret',
      '::error file=a.ts,line=1::boom',
      '::stop-commands::abc',
      '2024-05-01T10:00:00.1234567Z ::warning::from a log line',
      '##[error]Process completed with exit code 1.',
      '##[group]Run npm test',
      '\t##vso[task.setvariable variable=x]y',
    ];
    const isCommand = (line: string) => {
      // As the runner reads a line, and as autoheal's own log reader would hand it on.
      const read = [line.trimStart(), cleanLine(line, 'github-raw').text.trimStart()];
      return read.some((l) => l.startsWith('::') || l.startsWith('##[') || l.startsWith('##vso['));
    };
    for (const line of lines) expect(isCommand(line), line).toBe(true);
    const text = lines.join('\n');
    for (const kind of ['body', 'code', 'log'] as const) {
      const out = sanitizeForGitHub(text, { kind });
      const outLines = out.split('\n');
      expect(outLines.filter(isCommand), kind).toEqual([]);
      expect(out.replaceAll(ZWSP, ''), kind).toContain(text);
    }
    for (const line of lines) {
      expect(isCommand(safeTitle(line)), line).toBe(false);
      expect(isCommand(decodeReferences(safeInline(line))), line).toBe(false);
    }
    expect(safeLog('## Heading\nuse a::b here')).toBe('## Heading\nuse a::b here');
  });
});

describe('inline markdown', () => {
  it('cannot inject links, images, HTML, headings, emphasis, code, math or table breaks', () => {
    const title =
      '# [click](https://evil.example) ![x](https://t.example/p.png) <img src=x onerror=alert(1)> **b** `c` ~~s~~ $x^2$ | cell';
    const out = safeInline(title);
    expect(out).not.toMatch(/[[\]<>|*`~$]/);
    expect(out.startsWith(ZWSP)).toBe(true);
    expect(decodeReferences(out).replaceAll(ZWSP, '')).toBe(title);
  });

  it('keeps a table row to its cells, even for text ending in a backslash or holding pipes', () => {
    const cells = ['C:\\build\\', 'a | b', 'x\\|y', 'multi\nline'];
    const row = `| ${cells.map((c) => safeInline(c)).join(' | ')} |`;
    // GFM splits a row at every `|` not escaped by a backslash (cmark-gfm's scanner).
    const split = row.split(/(?<!\\)\|/).slice(1, -1);
    expect(split).toHaveLength(cells.length);
    expect(split.map((c) => decodeReferences(c.trim()))).toEqual([
      'C:\\build\\',
      'a | b',
      'x\\|y',
      'multi line',
    ]);
  });

  it('neutralises HTML comments and declarations so they cannot hide text', () => {
    expect(safeInline('a <!-- hidden --> b')).toBe(`a &lt;${ZWSP}!-- hidden --&gt; b`);
    expect(safeBody('a <!-- hidden --> b\n<?php x ?>\n<!DOCTYPE html>')).toBe(
      `a <${ZWSP}!-- hidden --> b\n<${ZWSP}?php x ?>\n<${ZWSP}!DOCTYPE html>`,
    );
  });

  it('keeps markdown in a body, and can put it in a blockquote it cannot leave', () => {
    const md = '## Steps\n\n1. run `npm test`\n2. see [log](https://example.com/log)\n\n> quoted';
    expect(safeBody(md)).toBe(md);
    expect(safeBody('line\n\n```\ncode', { quote: true })).toBe('> line\n>\n> ```\n> code\n> ```');
  });

  it('closes a fence the text leaves open, so it cannot swallow what follows', () => {
    expect(safeBody('see:\n````ts\nlet a = 1;')).toBe('see:\n````ts\nlet a = 1;\n````');
    expect(safeBody('  ~~~\nx\n')).toBe('  ~~~\nx\n  ~~~');
  });
});

describe('titles', () => {
  it('are one trimmed line of plain text with mentions, references and keywords neutralised', () => {
    const token = classic('ghp', 60);
    expect(safeTitle(`  Fixes #12:\n @octocat's *build*\tfails with ${token}  `)).toBe(
      `F${ZWSP}ixes #${ZWSP}12: @${ZWSP}octocat's *build* fails with [REDACTED:github-token]`,
    );
  });

  it('are capped at 256 characters without splitting an emoji', () => {
    for (const at of [253, 254, 255, 256]) {
      const title = `${'t'.repeat(at)}😀${'x'.repeat(100)}`;
      const out = safeTitle(title);
      expect(out.length, String(at)).toBeLessThanOrEqual(256);
      expect(out, String(at)).not.toMatch(LONE_SURROGATE);
      expect(out.endsWith('…'), String(at)).toBe(true);
      expect(title.startsWith(out.slice(0, -1)), String(at)).toBe(true);
    }
    expect(safeTitle('short')).toBe('short');
  });
});

describe('code blocks', () => {
  it('use a fence longer than any backtick run in the text', () => {
    expect(codeBlock('a ``` b\n````\n~~~\n', 'ts')).toBe('`````ts\na ``` b\n````\n~~~\n`````');
    expect(codeBlock('plain')).toBe('```\nplain\n```');
    expect(codeBlock('')).toBe('```\n```');
  });

  it('show text verbatim but redacted and defanged', () => {
    const token = classic('ghs', 61);
    expect(
      codeBlock(`@Override #12 &#x40;\n::error::x\n${token}\n<!-- autoheal:kind=failure -->`, 'text'),
    ).toBe(
      `\`\`\`text\n@Override #12 &#x40;\n:${ZWSP}:error::x\n[REDACTED:github-token]\n<${ZWSP}!-- autoheal:kind=failure -->\n\`\`\``,
    );
  });

  it('property: random text with backticks and tildes has exactly one opening and one closing fence line', () => {
    const fragments = ['`', '``', '```', '````', '~~~', ' ', '   ', '\n', 'a', 'x\n', '`\n', '\t'];
    const next = random(99);
    for (let i = 0; i < 2000; i++) {
      let text = '';
      const n = 1 + Math.floor(next() * 40);
      for (let j = 0; j < n; j++) text += fragments[Math.floor(next() * fragments.length)];
      const out = codeBlock(text, 'sh');
      const lines = out.split('\n');
      const open = /^(`{3,})sh$/.exec(lines[0]!);
      expect(open, JSON.stringify(text)).not.toBeNull();
      const fence = open![1]!;
      expect(lines[lines.length - 1]).toBe(fence);
      // CommonMark: a closing fence is ≤ 3 spaces, at least as many backticks, then only blanks.
      const closer = new RegExp(`^ {0,3}\`{${fence.length},}[ \\t]*$`);
      const inner = lines.slice(1, -1);
      expect(
        inner.filter((l) => closer.test(l)),
        JSON.stringify(text),
      ).toEqual([]);
      expect(inner.join('\n'), JSON.stringify(text)).toBe(text.endsWith('\n') ? text.slice(0, -1) : text);
    }
  });

  it('reject a language that could break the fence', () => {
    expect(() => codeBlock('x', 'js`')).toThrow(ConfigurationError);
    expect(() => codeBlock('x', 'a b')).toThrow(
      /code block language "a b" is not valid: use up to 32 letters/,
    );
    expect(codeBlock('x', 'c++')).toBe('```c++\nx\n```');
  });
});

describe('length caps', () => {
  const NOTE = /\n\n…truncated (\d+) characters$/;

  function cutOf(out: string): { kept: string; dropped: number } {
    const m = NOTE.exec(out);
    expect(m).not.toBeNull();
    return { kept: out.slice(0, m!.index), dropped: Number(m![1]) };
  }

  it('caps a 70,000-character body at 60,000 with a note saying how much was cut', () => {
    const body = 'abcdefghij'.repeat(7000);
    const out = safeBody(body);
    expect(out.length).toBeLessThanOrEqual(60_000);
    expect(out.length).toBeGreaterThan(59_900);
    const { kept, dropped } = cutOf(out);
    expect(body.startsWith(kept)).toBe(true);
    expect(kept.length + dropped).toBe(body.length);
  });

  it('never splits an emoji at the cut: exactly at it, or straddling it', () => {
    const plain = 'a'.repeat(70_000);
    const cut = cutOf(safeBody(plain)).kept.length;
    for (let at = cut - 2; at <= cut + 1; at++) {
      // at = cut: the emoji starts right at the cut; at = cut - 1: its halves straddle it.
      const body = `${'a'.repeat(at)}😀${'a'.repeat(70_000 - at - 2)}`;
      expect(body.length).toBe(70_000);
      const out = safeBody(body);
      expect(out, `emoji at ${at}`).not.toMatch(LONE_SURROGATE);
      expect(out.length).toBeLessThanOrEqual(60_000);
      const { kept, dropped } = cutOf(out);
      expect(body.startsWith(kept), `emoji at ${at}`).toBe(true);
      expect(kept.length + dropped).toBe(70_000);
      if (at === cut - 1) expect(kept.endsWith('a'), 'the straddling emoji is left out whole').toBe(true);
      if (at === cut - 2) expect(kept.endsWith('😀'), 'an emoji that fits is kept whole').toBe(true);
    }
  });

  it('closes a code fence the cut leaves open, before the note', () => {
    const log = Array.from({ length: 5000 }, (_, i) => `line ${i} of the failing test output`).join('\n');
    const body = `## Log\n\n\`\`\`text\n${log}\n\`\`\`\n\nFooter`;
    const out = safeBody(body);
    expect(out.length).toBeLessThanOrEqual(60_000);
    const { kept } = cutOf(out);
    expect(kept.endsWith('\n```')).toBe(true);
    expect(openFenceAtEnd(kept)).toBeUndefined();
    expect(openFenceAtEnd(kept.slice(0, -4))).toBeDefined();
  });

  it('caps code blocks inside the fence, with the note after it', () => {
    const text = `${'`'.repeat(5)}\n${'x'.repeat(70_000)}`;
    const out = codeBlock(text, 'text', { maxLength: 10_000 });
    expect(out.length).toBeLessThanOrEqual(10_000);
    const m = /^(`{6})text\n([\s\S]*)\n\1\n\n…truncated (\d+) characters$/.exec(out);
    expect(m).not.toBeNull();
    expect(m![2]!.length + Number(m![3])).toBe(text.length);
  });

  it('caps inline text after escaping, without splitting an escape', () => {
    const out = safeInline('*'.repeat(5000), { maxLength: 1000 });
    expect(out.length).toBeLessThanOrEqual(1000);
    expect(out).toMatch(/^(?:&#x2A;)+…$/);
  });

  it('reject a maxLength out of range, naming it and the accepted range', () => {
    expect(() => safeBody('x', { maxLength: 70_000 })).toThrow(
      'maxLength for body text must be an integer from 100 to 65536; got 70000',
    );
    expect(() => safeTitle('x', { maxLength: 300 })).toThrow(ConfigurationError);
    expect(() => safeInline('x', { maxLength: 1.5 })).toThrow(ConfigurationError);
  });
});

describe('entry point', () => {
  it('rejects an unknown kind and accepts missing text', () => {
    expect(() => sanitizeForGitHub('x', { kind: 'html' as TextKind })).toThrow(
      'text kind "html" is not known: use one of title, inline, body, code, log',
    );
    expect(safeBody(null)).toBe('');
    expect(safeTitle(undefined)).toBe('');
  });

  it('gives the same result through a bound sanitizer as through the functions', () => {
    const s = createSanitizer({ secrets: ['hunter2-value'] });
    const text = 'Fixes #1 @a hunter2-value *x*';
    const opts = { secrets: ['hunter2-value'] };
    expect(s.title(text)).toBe(safeTitle(text, opts));
    expect(s.inline(text)).toBe(safeInline(text, opts));
    expect(s.body(text)).toBe(safeBody(text, opts));
    expect(s.code(text, 'md')).toBe(codeBlock(text, 'md', opts));
    expect(s.log(text)).toBe(safeLog(text, opts));
  });
});
