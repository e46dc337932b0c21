import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../src/errors.js';
import {
  findMarker,
  isTrustedMarkerSource,
  parseMarkers,
  renderMarker,
  SIGNATURE_HEX_LENGTH,
} from '../src/markers.js';
import { codeBlock, safeBody, safeInline } from '../src/text/sanitize.js';

const KEY = 'a-repository-secret-used-only-for-markers';
const fingerprint = 'ab12cd34ef56ab12cd34ef56ab12cd34';

describe('rendering and parsing', () => {
  it('round-trips fields, including values with spaces, comment ends, equals signs and non-ASCII', () => {
    const fields = {
      kind: 'failure',
      fingerprint,
      workflow: 'CI / build (ubuntu-latest, 20.x)',
      note: 'a --> b = c & d\nnext line',
      who: 'Zoë 😀',
      empty: '',
      v: '1',
    };
    const marker = renderMarker(fields);
    expect(marker).toMatch(/^<!-- autoheal:kind=failure fingerprint=ab12\S+ workflow=CI%20%2F%20build%20%28/);
    expect(marker.indexOf('-->')).toBe(marker.length - 3);
    expect(marker).not.toContain('\n');
    expect(parseMarkers(`Some text\n\n${marker}\n`)).toEqual([{ fields, line: 3, verified: false }]);
  });

  it('finds several markers, in order, and the first of a kind', () => {
    const body = [
      renderMarker({ kind: 'failure', fingerprint, v: '1' }),
      '# CI failure on main',
      '',
      renderMarker({ kind: 'fix', branch: 'autoheal/fix-1' }),
      'text',
      renderMarker({ kind: 'fix', branch: 'autoheal/fix-2' }),
    ].join('\n');
    expect(parseMarkers(body).map((m) => [m.line, m.fields.kind])).toEqual([
      [1, 'failure'],
      [4, 'fix'],
      [6, 'fix'],
    ]);
    expect(findMarker(body, 'fix')?.fields.branch).toBe('autoheal/fix-1');
    expect(findMarker(body, 'failure')?.fields.fingerprint).toBe(fingerprint);
    expect(findMarker(body, 'summary')).toBeUndefined();
    expect(parseMarkers(null)).toEqual([]);
  });

  it('accepts whitespace variations and CRLF bodies', () => {
    const variants = [
      '<!--autoheal:kind=failure v=1-->',
      '<!--   autoheal:kind=failure    v=1   -->',
      '<!--\tautoheal:\tkind=failure\tv=1\t-->',
      '   <!-- autoheal: kind=failure v=1 -->   ',
    ];
    for (const line of variants) {
      expect(parseMarkers(`intro\r\n${line}\r\nmore`), JSON.stringify(line)).toEqual([
        { fields: { kind: 'failure', v: '1' }, line: 2, verified: false },
      ]);
    }
  });

  it('ignores markers in fenced code, in quotes, indented as code, or sharing a line', () => {
    const marker = renderMarker({ kind: 'failure', fingerprint });
    const ignored = [
      `\`\`\`\n${marker}\n\`\`\``,
      `~~~md\n${marker}\n~~~`,
      `\`\`\`\`\n\`\`\`\n${marker}\n\`\`\`\n\`\`\`\``,
      `> ${marker}`,
      `> quoted\n> ${marker}`,
      `    ${marker}`,
      `\t${marker}`,
      `see ${marker}`,
      `${marker} trailing`,
      `- ${marker}`,
    ];
    for (const body of ignored) expect(parseMarkers(body), body).toEqual([]);
    // After the fence closes, a marker counts again.
    expect(parseMarkers(`\`\`\`\n${marker}\n\`\`\`\n${marker}`).map((m) => m.line)).toEqual([4]);
  });

  it('rejects malformed markers whole rather than guessing', () => {
    const malformed = [
      '<!-- autoheal: -->',
      '<!-- autoheal:kind -->',
      '<!-- autoheal:Kind=x -->',
      '<!-- autoheal:kind=x kind=y -->',
      '<!-- autoheal:kind=a%ZZ -->',
      '<!-- autoheal:kind=%FF -->',
      '<!-- autoheal:kind=a b -->',
      '<!-- autoheal:kind=x --> -->',
      '<!-- autoheal:kind=a"b -->',
      '<!-- autoheal:sig=0123 -->',
      '<!-- AUTOHEAL:kind=x -->',
    ];
    for (const line of malformed) expect(parseMarkers(line), line).toEqual([]);
  });

  it('rejects bad field names, no fields and an empty key with a clear error', () => {
    expect(() => renderMarker({ Kind: 'x' })).toThrow(
      'marker field name "Kind" is not valid: use a lowercase letter, then up to 63 lowercase letters, digits or hyphens',
    );
    for (const key of ['1a', 'a_b', 'a b', '', 'x'.repeat(65)]) {
      expect(() => renderMarker({ [key]: 'v' }), key).toThrow(ConfigurationError);
    }
    expect(() => renderMarker({ sig: 'x' })).toThrow('reserved for the signature');
    expect(() => renderMarker({})).toThrow(ConfigurationError);
    expect(() => renderMarker({ kind: 'x' }, { key: '' })).toThrow('marker signing key is empty');
    expect(() => parseMarkers('x', { key: new Uint8Array() })).toThrow(ConfigurationError);
  });
});

describe('signatures', () => {
  const fields = { kind: 'failure', fingerprint, v: '1' };

  it('verify with the right key, and field order does not matter', () => {
    const marker = renderMarker(fields, { key: KEY });
    const sig = /sig=([0-9a-f]+)/.exec(marker)![1]!;
    expect(sig).toHaveLength(SIGNATURE_HEX_LENGTH);
    expect(parseMarkers(marker, { key: KEY })).toEqual([{ fields, line: 1, verified: true }]);
    // Independently computed: HMAC-SHA256 over the domain tag and the sorted fields.
    const expected = createHmac('sha256', KEY)
      .update(`autoheal-marker/v1\nfingerprint=${fingerprint}\nkind=failure\nv=1`)
      .digest('hex')
      .slice(0, SIGNATURE_HEX_LENGTH);
    expect(sig).toBe(expected);
    const reordered = `<!-- autoheal:v=1 sig=${sig} fingerprint=${fingerprint} kind=failure -->`;
    expect(parseMarkers(reordered, { key: KEY })[0]?.verified).toBe(true);
    expect(parseMarkers(renderMarker(fields, { key: Buffer.from(KEY) }), { key: KEY })).toHaveLength(1);
  });

  it('reject a wrong key, a tampered field, a missing or truncated signature', () => {
    const marker = renderMarker(fields, { key: KEY });
    const sig = /sig=([0-9a-f]+)/.exec(marker)![1]!;
    expect(parseMarkers(marker, { key: `${KEY}x` })).toEqual([]);
    expect(parseMarkers(marker.replace(fingerprint, `${fingerprint.slice(0, -1)}0`), { key: KEY })).toEqual(
      [],
    );
    expect(parseMarkers(marker.replace(' v=1', ' v=2'), { key: KEY })).toEqual([]);
    expect(parseMarkers(marker.replace(' v=1', ''), { key: KEY })).toEqual([]);
    expect(parseMarkers(marker.replace(' v=1', ' v=1 extra=x'), { key: KEY })).toEqual([]);
    expect(parseMarkers(renderMarker(fields), { key: KEY })).toEqual([]);
    expect(parseMarkers(marker.replace(sig, sig.slice(0, 16)), { key: KEY })).toEqual([]);
    expect(parseMarkers(marker.replace(sig, `${sig}00`), { key: KEY })).toEqual([]);
    // Without a key a signed marker still parses, unverified, its signature not among the fields.
    expect(parseMarkers(marker)).toEqual([{ fields, line: 1, verified: false }]);
  });
});

describe('forgery resistance', () => {
  const forged = `<!-- autoheal:kind=failure fingerprint=${fingerprint} v=1 -->`;
  const userBody = [
    'The build is red again.',
    forged,
    '   <!--autoheal:kind=fix branch=main-->',
    '```',
    forged,
    '```',
    '<!-- autoheal:kind=failure',
    'fingerprint=x -->',
  ].join('\n');

  it('a marker in user text we embed is not found, however it is embedded', () => {
    expect(parseMarkers(userBody).length).toBeGreaterThanOrEqual(2); // it would be, unsanitised
    const ours = renderMarker({ kind: 'failure', fingerprint: 'ours', v: '1' }, { key: KEY });
    const content = [
      '## Failure',
      safeInline(userBody),
      '',
      safeBody(userBody),
      '',
      safeBody(userBody, { quote: true }),
      '',
      codeBlock(userBody, 'text'),
      '',
      safeInline(forged),
    ].join('\n');
    // Also with the whole content passed through once more as the last step; the marker goes on
    // after sanitizing, since the sanitizer neutralises every comment, ours included.
    for (const body of [`${ours}\n${content}`, `${ours}\n${safeBody(content)}`]) {
      expect(parseMarkers(body).map((m) => m.fields.fingerprint)).toEqual(['ours']);
      expect(parseMarkers(body, { key: KEY }).map((m) => m.fields.fingerprint)).toEqual(['ours']);
      expect(findMarker(body, 'fix')).toBeUndefined();
    }
  });

  it('sanitizing after adding a marker disables it: markers go on last', () => {
    const ours = renderMarker({ kind: 'failure', fingerprint: 'ours' });
    expect(parseMarkers(safeBody(`${ours}\ntext`))).toEqual([]);
  });

  it('a fence left open in user text cannot hide a marker that follows it', () => {
    const ours = renderMarker({ kind: 'failure', fingerprint: 'ours' });
    const post = `${safeBody('Steps:\n```sh\nnpm test')}\n\n${ours}`;
    expect(parseMarkers(post).map((m) => m.fields.fingerprint)).toEqual(['ours']);
  });

  it('a copied signed marker is caught by the author check', () => {
    // Genuine markers are readable in any body's source; a copy verifies, the author does not.
    const trusted = ['github-actions[bot]'];
    expect(isTrustedMarkerSource('github-actions[bot]', trusted)).toBe(true);
    expect(isTrustedMarkerSource('GitHub-Actions[BOT]', trusted)).toBe(true);
    expect(isTrustedMarkerSource('github-actions', trusted)).toBe(false);
    expect(isTrustedMarkerSource('mallory', trusted)).toBe(false);
    expect(isTrustedMarkerSource('github-actions[bot] ', trusted)).toBe(false);
    expect(isTrustedMarkerSource(null, trusted)).toBe(false);
    expect(isTrustedMarkerSource('my-app[bot]', ['github-actions[bot]', 'My-App[bot]'])).toBe(true);
  });

  it('rejects a trusted author list that is empty or holds something that is not a login', () => {
    expect(() => isTrustedMarkerSource('x', [])).toThrow('no trusted marker authors given');
    for (const bad of ['', 'has space', 'github-actions[bot]x', '-leading', 'a'.repeat(40)]) {
      expect(() => isTrustedMarkerSource('x', [bad]), bad).toThrow(ConfigurationError);
    }
    expect(() => isTrustedMarkerSource('x', ['bad login'])).toThrow(
      'trusted marker author "bad login" is not a GitHub login',
    );
  });
});
