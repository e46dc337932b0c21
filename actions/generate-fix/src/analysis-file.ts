/**
 * The analysis file analyze-failure writes (`analysis-file` output, schema version 1): the run,
 * the verdict and every analyzed job's findings. Read and checked field by field; the verdict's
 * job supplies the finding the fixers work from.
 */
import { readFile } from 'node:fs/promises';
import type { Finding } from '@autoheal/core/analyzer/analyze';
import { isFailureCategory } from '@autoheal/core/analyzer/categories';
import { ConfigurationError, errorMessage } from '@autoheal/core/errors';
import type { RepoRef } from '@autoheal/core/runner-context';
import { FINGERPRINT, type Subject } from './types.js';

/** Far above a real analysis (findings are capped at a few thousand lines). */
export const MAX_ANALYSIS_BYTES = 20 * 1024 * 1024;

type Json = Record<string, unknown>;

function obj(value: unknown): Json | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : undefined;
}

class Shape {
  readonly problems: string[] = [];

  str(o: Json | undefined, key: string, where: string): string {
    const v = o?.[key];
    if (typeof v === 'string') return v;
    this.problems.push(`${where}.${key} is not a string`);
    return '';
  }

  int(o: Json | undefined, key: string, where: string): number {
    const v = o?.[key];
    if (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0) return v;
    this.problems.push(`${where}.${key} is not a whole number`);
    return 0;
  }

  num(o: Json | undefined, key: string, where: string): number {
    const v = o?.[key];
    if (typeof v === 'number' && Number.isFinite(v)) return v;
    this.problems.push(`${where}.${key} is not a number`);
    return 0;
  }
}

function finding(raw: unknown, s: Shape, where: string): Finding | undefined {
  const f = obj(raw);
  if (!f) {
    s.problems.push(`${where} is not an object`);
    return undefined;
  }
  const category = s.str(f, 'category', where);
  if (category !== '' && !isFailureCategory(category))
    s.problems.push(`${where}.category "${category}" is not a failure category`);
  const excerpt = Array.isArray(f.excerpt) ? f.excerpt : [];
  const lines = Array.isArray(f.lines) ? f.lines : [];
  const result: Finding = {
    category: isFailureCategory(category) ? category : 'unknown',
    confidence: s.num(f, 'confidence', where),
    title: s.str(f, 'title', where),
    keyLine: s.str(f, 'keyLine', where),
    rule: s.str(f, 'rule', where),
    lines: lines
      .map(obj)
      .filter((l): l is Json => l !== undefined)
      .map((l) => ({ start: Number(l.start) || 0, end: Number(l.end) || 0 })),
    excerpt: excerpt
      .map(obj)
      .filter((l): l is Json => l !== undefined && typeof l.text === 'string')
      .map((l) => ({ no: Number(l.no) || 0, text: String(l.text) })),
  };
  if (typeof f.step === 'string') result.step = f.step;
  const facts = obj(f.facts);
  // The analyzer wrote these; only their container is checked here.
  if (facts) result.facts = facts as NonNullable<Finding['facts']>;
  return result;
}

/** The subject of an analysis document; every problem with its shape is reported together. */
export function subjectFromAnalysis(doc: unknown, repository: RepoRef): Subject {
  const s = new Shape();
  const root = obj(doc);
  if (root?.schemaVersion !== 1) throw new Error('it is not an analyze-failure analysis of schema version 1');
  const run = obj(root.run);
  const verdict = obj(root.verdict);
  const owner = s.str(run, 'owner', 'run');
  const repo = s.str(run, 'repo', 'run');
  const fingerprint = s.str(verdict, 'fingerprint', 'verdict');
  if (fingerprint !== '' && !FINGERPRINT.test(fingerprint))
    s.problems.push('verdict.fingerprint is not 16 hex digits');
  const category = s.str(verdict, 'category', 'verdict');
  const primaryJob = s.int(verdict, 'primaryJob', 'verdict');
  const jobs = Array.isArray(root.jobs) ? root.jobs.map(obj) : [];
  const job = jobs.find((j) => j?.id === primaryJob);
  if (!job) s.problems.push(`jobs has no entry for the verdict's job ${primaryJob}`);
  const analysis = obj(job?.analysis);
  const findings = Array.isArray(analysis?.findings) ? analysis.findings : [];
  if (job && findings.length === 0) s.problems.push(`job ${primaryJob} has no findings`);
  const lead =
    findings.length > 0 ? finding(findings[0], s, 'jobs[primary].analysis.findings[0]') : undefined;
  const subject = {
    fingerprint,
    category: isFailureCategory(category) ? category : 'unknown',
    confidence: s.num(verdict, 'confidence', 'verdict'),
    jobName: s.str(job, 'name', 'jobs[primary]'),
    run: {
      id: s.int(run, 'id', 'run'),
      attempt: s.int(run, 'attempt', 'run'),
      workflowPath: s.str(run, 'workflowPath', 'run'),
      headSha: s.str(run, 'headSha', 'run'),
      headBranch: typeof run?.headBranch === 'string' ? run.headBranch : null,
      htmlUrl: typeof run?.htmlUrl === 'string' ? run.htmlUrl : '',
    },
    source: 'analysis-file' as const,
    notes: [] as string[],
  };
  if (!isFailureCategory(category))
    s.problems.push(`verdict.category "${category}" is not a failure category`);
  if (s.problems.length > 0 || !lead) throw new Error(s.problems.slice(0, 5).join('; '));
  if (
    owner.toLowerCase() !== repository.owner.toLowerCase() ||
    repo.toLowerCase() !== repository.repo.toLowerCase()
  )
    throw new Error(
      `it analyzes a run of ${owner}/${repo}, not of ${repository.owner}/${repository.repo}, the repository this workflow runs in`,
    );
  const failed = Array.isArray(job?.failedSteps) ? job.failedSteps.map(obj) : [];
  const stepName = lead.step ?? (typeof failed[0]?.name === 'string' ? failed[0].name : undefined);
  return { ...subject, finding: lead, ...(stepName === undefined ? {} : { stepName }) };
}

/** Reads `analysis-file`; a missing, unreadable or malformed file is the input's mistake. */
export async function readAnalysisFile(file: string, repository: RepoRef): Promise<Subject> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new ConfigurationError(
      `Input "analysis-file": ${file} cannot be read (${errorMessage(error)}); give the analysis-file output of analyze-failure.`,
    );
  }
  if (Buffer.byteLength(text) > MAX_ANALYSIS_BYTES)
    throw new ConfigurationError(
      `Input "analysis-file": ${file} is larger than ${MAX_ANALYSIS_BYTES} bytes; that is not an analysis of analyze-failure.`,
    );
  try {
    return subjectFromAnalysis(JSON.parse(text) as unknown, repository);
  } catch (error) {
    throw new ConfigurationError(
      `Input "analysis-file": ${file} is not a usable analysis of analyze-failure: ${errorMessage(error)}.`,
    );
  }
}
