/**
 * Secret redaction: credentials that show up in CI logs, configs and pasted issue text are
 * replaced by a typed marker such as `[REDACTED:github-token]`, so a reader knows what kind of
 * thing was there (a leaked token is itself a finding) without seeing it.
 *
 * Every pattern starts at a boundary it can check in one step (a look-behind that excludes the
 * characters of its own body, or a fixed prefix), and no two adjacent parts can match the same
 * characters, so scanning a 60,000-character hostile text stays linear: no pattern is retried
 * from every position of a long run, nor backtracks over a run of blanks.
 */

export type SecretKind =
  | 'secret'
  | 'private-key'
  | 'url-credentials'
  | 'authorization'
  | 'aws-secret-access-key'
  | 'aws-access-key-id'
  | 'github-token'
  | 'slack-token'
  | 'slack-webhook'
  | 'gitlab-token'
  | 'npm-token'
  | 'pypi-token'
  | 'buildkite-token'
  | 'jwt';

export function redactedMarker(kind: SecretKind): string {
  return `[REDACTED:${kind}]`;
}

/** Values shorter than this are not redacted as literals: masking every "abc" would wreck the text. */
export const MIN_LITERAL_SECRET_LENGTH = 4;

interface Rule {
  kind: SecretKind;
  pattern: RegExp;
  /** Replacement for one match; by default the whole match becomes the marker. */
  replace?: (marker: string, match: string, ...groups: string[]) => string;
}

// Schemes whose user name is an account, not a credential (the key is the secret): `ssh://git@host`.
const SSH_SCHEMES = /^(?:ssh|git\+ssh|ssh\+git|sftp):\/\/$/i;

const RULES: readonly Rule[] = [
  // `scheme://user:pass@host`: keep scheme and host, drop the whole userinfo. The userinfo runs to
  // the last `@` before the host, so a password with a raw `@` in it does not leak its tail.
  {
    kind: 'url-credentials',
    pattern: /(?<![A-Za-z0-9+.-])([A-Za-z][A-Za-z0-9+.-]*:\/\/)((?:[^\s/?#@"<>`]*@)+)/g,
    replace: (marker, _m, scheme: string, userinfo: string) =>
      SSH_SCHEMES.test(scheme) && !userinfo.includes(':') ? `${scheme}${userinfo}` : `${scheme}${marker}@`,
  },
  // `Authorization: Bearer …`, `token …`, `Basic …`, also quoted in JSON or a curl `-H` argument.
  // A value the runner already masked (`***`) is left as the log shows it.
  {
    kind: 'authorization',
    pattern:
      /(\bauthorization["']?[^\S\n]*[:=][^\S\n]*(?:["'][^\S\n]*)?)(bearer|token|basic|bot)([^\S\n]+)([^\s"',;]+)/gi,
    replace: (marker, match, lead: string, scheme: string, gap: string, value: string) =>
      /^\*+$/.test(value) ? match : `${lead}${scheme}${gap}${marker}`,
  },
  // `aws_secret_access_key = …`, `AWS_SECRET_ACCESS_KEY=…`, `"SecretAccessKey": "…"`: keep the name.
  {
    kind: 'aws-secret-access-key',
    pattern:
      /((?<![A-Za-z0-9])(?:aws[_-]?)?secret[_-]?access[_-]?key["']?[^\S\n]*[:=][^\S\n]*["']?)[A-Za-z0-9/+=]{16,}/gi,
    replace: (marker, _m, lead: string) => `${lead}${marker}`,
  },
  // Incoming webhooks carry their secret in the path; the host stays readable.
  {
    kind: 'slack-webhook',
    pattern: /(https?:\/\/hooks\.slack\.com\/(?:services|workflows|triggers)\/)[A-Za-z0-9_/-]+/gi,
    replace: (marker, _m, lead: string) => `${lead}${marker}`,
  },
  // Fine-grained personal access tokens: github_pat_ + 22 + _ + 59 base62 characters.
  { kind: 'github-token', pattern: /(?<![A-Za-z0-9])github_pat_[A-Za-z0-9]{22,}_[A-Za-z0-9]{59,}/g },
  // Classic, OAuth, user-to-server, server-to-server and refresh tokens: prefix + 36 or more base62.
  { kind: 'github-token', pattern: /(?<![A-Za-z0-9])gh[pousr]_[A-Za-z0-9]{36,}/g },
  // AWS access key ids (long-term AKIA, temporary ASIA).
  { kind: 'aws-access-key-id', pattern: /(?<![A-Za-z0-9])(?:AKIA|ASIA)[A-Z0-9]{16}(?![A-Za-z0-9])/g },
  // Slack bot, user, workspace, refresh and legacy tokens.
  { kind: 'slack-token', pattern: /(?<![A-Za-z0-9-])xox[abeprs]-[A-Za-z0-9-]{10,}/g },
  // GitLab's prefixed tokens (personal, OAuth, deploy, runner, CI job, trigger, feed, mail, agent,
  // SCIM, feature flag, workspace) and runner registration tokens: what `autoheal run` on GitLab CI
  // may see in a build's output.
  {
    kind: 'gitlab-token',
    pattern:
      /(?<![A-Za-z0-9_-])(?:gl(?:pat|oas|dt|rt|cbt|ptt|ft|imt|agent|soat|ffct|wt)-|GR1348941)[A-Za-z0-9_.-]{20,}/g,
  },
  // npm automation/publish tokens, PyPI upload tokens (a macaroon: `pypi-` + base64 of "pypi.org"…),
  // Buildkite API tokens.
  { kind: 'npm-token', pattern: /(?<![A-Za-z0-9])npm_[A-Za-z0-9]{36,}/g },
  { kind: 'pypi-token', pattern: /(?<![A-Za-z0-9])pypi-AgE[A-Za-z0-9_-]{50,}/g },
  { kind: 'buildkite-token', pattern: /(?<![A-Za-z0-9])bkua_[a-f0-9]{40}(?![A-Za-z0-9])/g },
  // JWTs: base64url JSON header (always `eyJ`), payload, and a signature that may be empty (alg none).
  {
    kind: 'jwt',
    pattern: /(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*/g,
  },
];

// PEM and PGP private key blocks. The body may span lines (each possibly prefixed by a runner
// timestamp) or sit on one line with literal `\n` escapes, as in a JSON credentials file.
const KEY_BEGIN = /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----/g;
const KEY_END = /-----END (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----/g;

/** Removes private key blocks; a BEGIN without an END redacts to the end of the text. */
export function redactPrivateKeys(text: string): string {
  if (!text.includes('PRIVATE KEY')) return text;
  let out = '';
  let from = 0;
  KEY_BEGIN.lastIndex = 0;
  for (let begin = KEY_BEGIN.exec(text); begin; begin = KEY_BEGIN.exec(text)) {
    KEY_END.lastIndex = begin.index + begin[0].length;
    const end = KEY_END.exec(text);
    out += text.slice(from, begin.index) + redactedMarker('private-key');
    from = end ? end.index + end[0].length : text.length;
    KEY_BEGIN.lastIndex = from;
  }
  return out + text.slice(from);
}

function escapeRegExp(literal: string): string {
  return literal.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');
}

/**
 * The forms a known secret can take in text: as given, each line of a multi-line value (logs
 * print them line by line), URL-encoded and JSON-escaped. Forms shorter than
 * MIN_LITERAL_SECRET_LENGTH are left out.
 */
function literalForms(secret: string): string[] {
  const forms = new Set<string>([secret, encodeURIComponent(secret), JSON.stringify(secret).slice(1, -1)]);
  if (secret.includes('\n')) for (const line of secret.split(/\r?\n/)) forms.add(line.trim());
  return [...forms].filter((f) => f.trim().length >= MIN_LITERAL_SECRET_LENGTH);
}

/**
 * A redactor for one run: the known-secret literals are compiled once (longest first, so a secret
 * that contains another is removed whole), then the pattern rules run.
 */
export class Redactor {
  private readonly literals: RegExp | undefined;

  constructor(secrets: readonly string[] = []) {
    const forms = new Set<string>();
    for (const secret of secrets) for (const form of literalForms(secret)) forms.add(form);
    const sorted = [...forms].sort((a, b) => b.length - a.length);
    this.literals = sorted.length > 0 ? new RegExp(sorted.map(escapeRegExp).join('|'), 'g') : undefined;
  }

  redact(text: string): string {
    let out = this.literals ? text.replace(this.literals, redactedMarker('secret')) : text;
    out = redactPrivateKeys(out);
    for (const rule of RULES) {
      const marker = redactedMarker(rule.kind);
      const replace = rule.replace;
      out = replace
        ? out.replace(rule.pattern, (match: string, ...groups: string[]) => replace(marker, match, ...groups))
        : out.replace(rule.pattern, marker);
    }
    return out;
  }
}

/** Redacts known secrets (values the run holds, such as its token) and recognisable credentials. */
export function redactSecrets(text: string, secrets: readonly string[] = []): string {
  return new Redactor(secrets).redact(text);
}
