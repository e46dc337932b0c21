/**
 * The fix file: what the unprivileged compute job hands the privileged apply job, as an artifact.
 * Artifacts of a run can be replaced by code that ran in it, so everything in the file is
 * untrusted input to the apply job: it is read with hard limits and checked field by field here,
 * and the apply job acts on none of it: it computes the fix again from GitHub and refuses a file
 * that disagrees.
 *
 * Beside it (lint fixes only): `lint.diff`, the lint job's `git diff`, the one thing apply takes
 * from an artifact (checked against fixes.lint-paths); `lint-files.txt` (`git diff --name-only`)
 * from older setups is still honoured as a further limit.
 */
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { isFailureCategory } from '@autoheal/core/analyzer/categories';
import { isFixType } from '@autoheal/core/config/fix-types';
import { ConfigurationError, errorMessage } from '@autoheal/core/errors';
import type { FileChange, FixResult } from '@autoheal/core/fixes/types';
import { isPlainPath } from './contents-files.js';
import { FINGERPRINT, type RunRef, type Subject } from './types.js';

export const FIX_FILE_NAME = 'fix.json';
export const LINT_DIFF_NAME = 'lint.diff';
export const LINT_FILES_NAME = 'lint-files.txt';

/** Limits on what the apply job accepts. */
export const LIMITS = {
  fileBytes: 8 * 1024 * 1024,
  changes: 5,
  textBytes: 1024 * 1024,
  diffBytes: 256 * 1024,
  lintFiles: 200,
  shortText: 2000,
  keyLines: 40,
} as const;

const SUGGESTION_TYPES = ['permission_denied', 'missing_secret', 'workflow_syntax'];

export interface FixDocument {
  schemaVersion: 1;
  kind: 'autoheal-fix';
  /** owner/name */
  repository: string;
  subject: {
    fingerprint: string;
    category: Subject['category'];
    confidence: number;
    jobName: string;
    stepName?: string;
    run: RunRef;
    issueNumber?: number;
    keyLine: string;
    excerpt: string[];
  };
  fix: FixResult;
  /** For a lint fix: the commit the command runs on, when it may run there (not a fork's). */
  checkoutSha?: string;
}

export function fixDocument(
  repository: string,
  subject: Subject,
  fix: FixResult,
  checkoutSha?: string,
): FixDocument {
  const s: FixDocument['subject'] = {
    fingerprint: subject.fingerprint,
    category: subject.category,
    confidence: subject.confidence,
    jobName: subject.jobName,
    run: subject.run,
    keyLine: subject.finding.keyLine,
    excerpt: subject.finding.excerpt.slice(0, LIMITS.keyLines).map((l) => l.text),
  };
  if (subject.stepName !== undefined) s.stepName = subject.stepName;
  if (subject.issue) s.issueNumber = subject.issue.number;
  return {
    schemaVersion: 1,
    kind: 'autoheal-fix',
    repository,
    subject: s,
    fix,
    ...(checkoutSha ? { checkoutSha } : {}),
  };
}

export async function writeFixFile(dir: string, doc: FixDocument): Promise<string> {
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, FIX_FILE_NAME);
  await writeFile(file, `${JSON.stringify(doc, null, 2)}\n`);
  return file;
}

type Json = Record<string, unknown>;

function obj(value: unknown): Json | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : undefined;
}

class Reader {
  readonly problems: string[] = [];

  text(o: Json | undefined, key: string, where: string, max: number = LIMITS.shortText): string {
    const v = o?.[key];
    if (typeof v !== 'string') this.problems.push(`${where}.${key} is not a string`);
    else if (Buffer.byteLength(v) > max) this.problems.push(`${where}.${key} is longer than ${max} bytes`);
    else return v;
    return '';
  }

  line(o: Json | undefined, key: string, where: string): string {
    const v = this.text(o, key, where, 500);
    if (/[\r\n\0]/.test(v)) this.problems.push(`${where}.${key} is not a single line`);
    return v;
  }

  int(o: Json | undefined, key: string, where: string): number {
    const v = o?.[key];
    if (typeof v === 'number' && Number.isSafeInteger(v) && v >= 1) return v;
    this.problems.push(`${where}.${key} is not a positive whole number`);
    return 1;
  }

  texts(o: Json | undefined, key: string, where: string, maxItems: number): string[] {
    const v = o?.[key];
    if (
      !Array.isArray(v) ||
      v.length > maxItems ||
      v.some((x) => typeof x !== 'string' || x.length > LIMITS.shortText)
    ) {
      this.problems.push(`${where}.${key} is not a list of at most ${maxItems} short texts`);
      return [];
    }
    return v as string[];
  }
}

function readChange(raw: unknown, r: Reader, where: string): FileChange {
  const c = obj(raw);
  const p = r.line(c, 'path', where);
  if (p !== '' && (!isPlainPath(p) || p.split('/').some((part) => part.toLowerCase() === '.git')))
    r.problems.push(`${where}.path "${p}" is not a plain path inside the repository`);
  return {
    path: p,
    before: r.text(c, 'before', where, LIMITS.textBytes),
    after: r.text(c, 'after', where, LIMITS.textBytes),
  };
}

function readFix(raw: unknown, r: Reader): FixResult {
  const f = obj(raw);
  const kind = f?.kind;
  if (kind === 'none') return { kind, reason: r.text(f, 'reason', 'fix') };
  if (kind === 'suggestion') {
    const fixType = r.line(f, 'fixType', 'fix');
    if (!isFixType(fixType) && !SUGGESTION_TYPES.includes(fixType))
      r.problems.push(`fix.fixType "${fixType}" is not known`);
    return {
      kind,
      fixType: fixType as never,
      title: r.line(f, 'title', 'fix'),
      explanation: r.text(f, 'explanation', 'fix'),
      diff: r.text(f, 'diff', 'fix', LIMITS.diffBytes),
    };
  }
  if (kind === 'command') {
    if (f?.fixType !== 'lint_failure') r.problems.push('fix.fixType of a command fix is not lint_failure');
    return {
      kind,
      fixType: 'lint_failure',
      title: r.line(f, 'title', 'fix'),
      explanation: r.text(f, 'explanation', 'fix'),
      command: r.line(f, 'command', 'fix'),
      verify: r.text(f, 'verify', 'fix'),
      notes: r.texts(f, 'notes', 'fix', 10),
    };
  }
  if (kind === 'patch') {
    const fixType = r.line(f, 'fixType', 'fix');
    if (!isFixType(fixType)) r.problems.push(`fix.fixType "${fixType}" is not a fix type`);
    const changes = Array.isArray(f?.changes) ? f.changes : [];
    if (changes.length === 0 || changes.length > LIMITS.changes)
      r.problems.push(`fix.changes must list 1 to ${LIMITS.changes} files`);
    if (typeof f?.complete !== 'boolean') r.problems.push('fix.complete is not true or false');
    return {
      kind,
      fixType: isFixType(fixType) ? fixType : 'timeout',
      title: r.line(f, 'title', 'fix'),
      explanation: r.text(f, 'explanation', 'fix'),
      changes: changes.slice(0, LIMITS.changes).map((c, i) => readChange(c, r, `fix.changes[${i}]`)),
      complete: f?.complete === true,
      verify: r.text(f, 'verify', 'fix'),
      notes: r.texts(f, 'notes', 'fix', 10),
    };
  }
  r.problems.push('fix.kind is not patch, suggestion, command or none');
  return { kind: 'none', reason: 'unreadable' };
}

/** A fix document, checked; every problem is reported together. */
export function parseFixDocument(doc: unknown, repository: string): FixDocument {
  const r = new Reader();
  const root = obj(doc);
  if (root?.schemaVersion !== 1 || root.kind !== 'autoheal-fix')
    throw new Error('it is not an autoheal fix file of schema version 1');
  const repo = r.line(root, 'repository', 'root');
  if (repo !== '' && repo.toLowerCase() !== repository.toLowerCase())
    r.problems.push(`it is a fix for ${repo}, not for ${repository}`);
  const s = obj(root.subject);
  const run = obj(s?.run);
  const fingerprint = r.line(s, 'fingerprint', 'subject');
  if (!FINGERPRINT.test(fingerprint)) r.problems.push('subject.fingerprint is not 16 hex digits');
  const category = r.line(s, 'category', 'subject');
  if (!isFailureCategory(category))
    r.problems.push(`subject.category "${category}" is not a failure category`);
  const confidence = s?.confidence;
  if (typeof confidence !== 'number' || !(confidence >= 0 && confidence <= 1))
    r.problems.push('subject.confidence is not a number from 0 to 1');
  const workflowPath = r.line(run, 'workflowPath', 'subject.run');
  if (!/^\.github\/workflows\/[^/]+\.ya?ml$/.test(workflowPath))
    r.problems.push('subject.run.workflowPath is not a workflow file path');
  const headSha = r.line(run, 'headSha', 'subject.run');
  if (!/^[0-9a-f]{40}$/.test(headSha)) r.problems.push('subject.run.headSha is not a commit sha');
  const subject: FixDocument['subject'] = {
    fingerprint,
    category: isFailureCategory(category) ? category : 'unknown',
    confidence: typeof confidence === 'number' ? confidence : 0,
    jobName: r.line(s, 'jobName', 'subject'),
    run: {
      id: r.int(run, 'id', 'subject.run'),
      attempt: r.int(run, 'attempt', 'subject.run'),
      workflowPath,
      headSha,
      headBranch: typeof run?.headBranch === 'string' ? run.headBranch.slice(0, 250) : null,
      htmlUrl: typeof run?.htmlUrl === 'string' ? run.htmlUrl.slice(0, 500) : '',
    },
    keyLine: r.text(s, 'keyLine', 'subject'),
    excerpt: r.texts(s, 'excerpt', 'subject', LIMITS.keyLines),
  };
  if (typeof s?.stepName === 'string') subject.stepName = r.line(s, 'stepName', 'subject');
  if (s?.issueNumber !== undefined) subject.issueNumber = r.int(s, 'issueNumber', 'subject');
  const fix = readFix(root.fix, r);
  const out: FixDocument = { schemaVersion: 1, kind: 'autoheal-fix', repository: repo, subject, fix };
  if (root.checkoutSha !== undefined) {
    const sha = r.line(root, 'checkoutSha', 'root');
    if (!/^[0-9a-f]{40}$/.test(sha)) r.problems.push('checkoutSha is not a commit sha');
    out.checkoutSha = sha;
  }
  if (r.problems.length > 0) throw new Error(r.problems.slice(0, 6).join('; '));
  return out;
}

async function readCapped(file: string, max: number, what: string): Promise<string> {
  let size: number;
  try {
    size = (await stat(file)).size;
  } catch (error) {
    throw new ConfigurationError(`${what} ${file} cannot be read (${errorMessage(error)}).`);
  }
  if (size > max)
    throw new ConfigurationError(`${what} ${file} has ${size} bytes, more than the ${max} accepted.`);
  return readFile(file, 'utf8');
}

export interface FixFileContents {
  doc: FixDocument;
  /** Lint fixes: the command's diff and the files it touched, from beside the fix file. */
  lint?: { diff: string; touchedFiles?: string[] };
}

/** Reads the fix file (and, for a lint fix, the files beside it); anything malformed is refused whole. */
export async function readFixFile(file: string, repository: string): Promise<FixFileContents> {
  const text = await readCapped(file, LIMITS.fileBytes, 'Input "fix-file":');
  let doc: FixDocument;
  try {
    doc = parseFixDocument(JSON.parse(text) as unknown, repository);
  } catch (error) {
    throw new ConfigurationError(
      `Input "fix-file": ${file} is not a usable autoheal fix file: ${errorMessage(error)}.`,
    );
  }
  if (doc.fix.kind !== 'command') return { doc };
  const dir = path.dirname(file);
  let diff: string;
  try {
    diff = await readCapped(path.join(dir, LINT_DIFF_NAME), LIMITS.diffBytes, 'The lint diff');
  } catch (error) {
    if (error instanceof ConfigurationError && /cannot be read/.test(error.message)) return { doc };
    throw error;
  }
  // The lint job hands on only its diff; an older setup's list of touched files is still honoured.
  let listed: string;
  try {
    listed = await readCapped(path.join(dir, LINT_FILES_NAME), 64 * 1024, 'The lint file list');
  } catch (error) {
    if (error instanceof ConfigurationError && /cannot be read/.test(error.message))
      return { doc, lint: { diff } };
    throw error;
  }
  const touchedFiles = listed
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .slice(0, LIMITS.lintFiles);
  return { doc, lint: { diff, touchedFiles } };
}
