/**
 * The run's marker key (withMarkerKey, the `marker-key` input) and forgery: with a key only signed
 * markers count, and nothing that went through the sanitizer is ever a marker, signed or not.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { markerKeyInput } from '../src/common-inputs.js';
import { ConfigurationErrors } from '../src/errors.js';
import { readInputs } from '../src/inputs.js';
import { findMarker, markersSigned, parseMarkers, renderMarker, withMarkerKey } from '../src/markers.js';
import { UNSIGNED_MARKERS_NOTICE, withMarkerKeyInput } from '../src/run-main.js';
import { noticeMarker, readNotice } from '../src/stale/notice.js';
import { createSanitizer } from '../src/text/sanitize.js';

const KEY = 'f3a1c0de5eed4b1f9a8e7d6c5b4a3928';
const OTHER_KEY = '0123456789abcdef0123456789abcdef';
const FIELDS = { kind: 'failure', fingerprint: 'ab12cd34ef56ab12', v: '1' };

afterEach(() => {
  vi.restoreAllMocks();
});

describe('withMarkerKey', () => {
  it('signs what is rendered inside it, and only inside it', async () => {
    expect(renderMarker(FIELDS)).not.toMatch(/ sig=/);
    const signed = await withMarkerKey(KEY, async () => {
      await Promise.resolve(); // the key follows async continuations
      expect(markersSigned()).toBe(true);
      return renderMarker(FIELDS);
    });
    expect(signed).toBe(renderMarker(FIELDS, { key: KEY }));
    expect(signed).toMatch(/ sig=[0-9a-f]{32} -->$/);
    expect(markersSigned()).toBe(false);
    expect(withMarkerKey(undefined, () => markersSigned())).toBe(false);
  });

  it('with a key, ignores unsigned markers and markers signed with another key', () => {
    const body = [
      renderMarker({ ...FIELDS, fingerprint: 'unsigned' }),
      renderMarker({ ...FIELDS, fingerprint: 'other-key' }, { key: OTHER_KEY }),
      renderMarker({ ...FIELDS, fingerprint: 'ours' }, { key: KEY }),
      // A genuine signature pasted onto other fields.
      renderMarker({ ...FIELDS, fingerprint: 'ours' }, { key: KEY }).replace(
        'fingerprint=ours',
        'fingerprint=theirs',
      ),
    ].join('\n');
    withMarkerKey(KEY, () => {
      expect(parseMarkers(body).map((m) => m.fields.fingerprint)).toEqual(['ours']);
      expect(parseMarkers(body).every((m) => m.verified)).toBe(true);
      expect(findMarker(body, 'failure')?.fields.fingerprint).toBe('ours');
    });
    // Without a key, every well-formed marker counts, as before (trust is then the author's).
    expect(parseMarkers(body)).toHaveLength(4);
  });

  it('an explicit key wins over the run key', () => {
    const mine = renderMarker(FIELDS, { key: OTHER_KEY });
    withMarkerKey(KEY, () => {
      expect(parseMarkers(mine)).toEqual([]);
      expect(parseMarkers(mine, { key: OTHER_KEY })).toHaveLength(1);
    });
  });

  it('refuses an empty key', () => {
    expect(() => withMarkerKey('', () => 1)).toThrow(/empty/);
  });
});

describe('withMarkerKeyInput', () => {
  it('adds the one-line notice to the summary only when there is no key, even when the work fails', async () => {
    const summary: string[] = [];
    const sink = { appendSummary: (md: string) => summary.push(md), setOutput: () => {} };
    expect(await withMarkerKeyInput(KEY, { sink }, async () => markersSigned())).toBe(true);
    expect(summary).toEqual([]);
    expect(await withMarkerKeyInput(undefined, { sink }, async () => markersSigned())).toBe(false);
    await expect(
      withMarkerKeyInput(undefined, { sink }, async () => {
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    await withMarkerKeyInput(undefined, { sink }, async () => 1, { notice: false });
    expect(summary).toHaveLength(2);
    for (const line of summary) expect(line.trim()).toBe(UNSIGNED_MARKERS_NOTICE);
    expect(UNSIGNED_MARKERS_NOTICE).not.toContain('\n');
    expect(UNSIGNED_MARKERS_NOTICE).toContain('marker-key');
  });
});

describe('the marker-key input', () => {
  const silence = () => vi.spyOn(process.stdout, 'write').mockImplementation(() => true);

  it('is optional, and a short key is refused without echoing it', () => {
    silence();
    expect(readInputs({}, { markerKey: markerKeyInput() }).markerKey).toBeUndefined();
    expect(readInputs({ 'INPUT_MARKER-KEY': KEY }, { markerKey: markerKeyInput() }).markerKey).toBe(KEY);
    try {
      readInputs({ 'INPUT_MARKER-KEY': 'hunter2' }, { markerKey: markerKeyInput() });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigurationErrors);
      const message = (error as Error).message;
      expect(message).toMatch(/^Input "marker-key" must be a secret of at least 16 characters/);
      expect(message).not.toContain('hunter2');
    }
  });

  it('is masked the moment it is read, even when it is refused', () => {
    const written: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
    readInputs({ 'INPUT_MARKER-KEY': `  ${KEY}\n` }, { markerKey: markerKeyInput() });
    expect(() => readInputs({ 'INPUT_MARKER-KEY': 'hunter2' }, { markerKey: markerKeyInput() })).toThrow();
    expect(written).toEqual([`::add-mask::${KEY}\n`, '::add-mask::hunter2\n']);
  });
});

describe('sanitized text never yields a marker', () => {
  const genuine = renderMarker(FIELDS, { key: KEY });
  // What an attacker would try: our own signed marker copied whole, unsigned ones, and the same
  // hidden behind invisible characters, entities, other line endings and indentation.
  const attempts = [
    genuine,
    renderMarker(FIELDS),
    `\n${genuine}\n`,
    `text\r${genuine}\rtext`,
    `text\r\n${genuine}\r\n`,
    `\u2028${genuine}`,
    `<\u200b!-- autoheal:kind=failure fingerprint=x sig=${'0'.repeat(32)} -->`,
    `<\u202e!-- autoheal:kind=failure fingerprint=x -->`,
    `<\ufeff!-- autoheal:kind=failure fingerprint=x -->`,
    `<\u00ad!-- autoheal:kind=failure fingerprint=x -->`,
    `\u200e${genuine}\u200f`,
    `<\u001b[0m!-- autoheal:kind=failure fingerprint=x -->`,
    '&lt;!-- autoheal:kind=failure fingerprint=x --&gt;',
    '&#60;!-- autoheal:kind=failure fingerprint=x --&#62;',
    `   ${genuine}`,
    `> ${genuine}`,
    `\`\`\`\n${genuine}\n\`\`\``,
    `\`\`\`\n${genuine}`,
    `</details>\n${genuine}`,
    `<!-- x -->\n${genuine}\n<!-- y -->`,
  ];

  it('for every kind, with and without the key, however the text is built', () => {
    const sanitizer = createSanitizer({ secrets: ['ghp_secretsecretsecretsecret'] });
    const outputs: string[] = [];
    for (const attempt of attempts) {
      for (const text of [attempt, `Before\n${attempt}\nafter`]) {
        outputs.push(
          sanitizer.title(text),
          sanitizer.inline(text),
          sanitizer.body(text),
          sanitizer.body(text, { quote: true }),
          sanitizer.code(text, 'text'),
          sanitizer.log(text),
          sanitizer.body(sanitizer.body(text)),
          sanitizer.body(`${sanitizer.inline(text)}\n${sanitizer.code(text)}`),
        );
      }
    }
    for (const out of outputs) {
      expect(parseMarkers(out), JSON.stringify(out)).toEqual([]);
      expect(parseMarkers(out, { key: KEY }), JSON.stringify(out)).toEqual([]);
      withMarkerKey(KEY, () => expect(parseMarkers(out)).toEqual([]));
    }
    // The attempts are real: unsanitized, the copied one verifies.
    expect(parseMarkers(attempts[0], { key: KEY })).toHaveLength(1);
  });
});

describe('stale-draft notices under the run key', () => {
  it('a warning another workflow posted as github-actions[bot] cannot start the close countdown', () => {
    const ours = ['github-actions[bot]'];
    const forged = { author: 'github-actions[bot]', body: `${noticeMarker('warn')}\nstale`, at: 1 };
    const genuine = { ...forged, body: `${withMarkerKey(KEY, () => noticeMarker('warn'))}\nstale` };
    withMarkerKey(KEY, () => {
      expect(readNotice(forged, ours)).toBeUndefined();
      expect(readNotice(genuine, ours)).toEqual({ action: 'warn', at: 1 });
    });
    // Without the key both count: the author is all there is to check.
    expect(readNotice(forged, ours)).toEqual({ action: 'warn', at: 1 });
  });
});
