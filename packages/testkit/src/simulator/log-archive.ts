import { readFile } from 'node:fs/promises';
import type { SimJob, SimRepo } from './state.js';
import { writeZip, type ZipEntry } from './zip.js';

/**
 * Job logs and the run-log archive. GitHub's archive holds one `<ordinal>_<job name>.txt` per job
 * at the top and a folder per job with `<step number>_<step name>.txt` files (the layout gh's
 * `run view --log` reads). Names lose `/` and `:` and are cut to 90 UTF-16 units, then trimmed.
 */

const NAME_LIMIT = 90;

export function logFileName(name: string): string {
  const cleaned = name.replace(/[/:]/g, '');
  // String length and slice count UTF-16 units, as the C# service that builds the archive does.
  return (cleaned.length > NAME_LIMIT ? cleaned.slice(0, NAME_LIMIT) : cleaned).trim();
}

/** The job's whole log, or undefined while it has none (queued or running jobs). */
export async function readJobLog(job: SimJob): Promise<string | undefined> {
  const source = job.log;
  if (!source) return undefined;
  if ('file' in source) {
    source.text ??= await readFile(source.file, 'utf8');
    return source.text;
  }
  return source.text;
}

// Where a step's output starts in the job log (lines may carry a timestamp prefix): an unnamed
// step's `##[group]Run …` header carries its name; post steps start at "Post job cleanup.", and
// "Complete job" at "Cleaning up orphan processes".
const TIMESTAMP = /^\S+Z /;
const ANY_RUN = /^(?:\S+Z )?##\[group\]Run /;

function startsStep(line: string, name: string, first: boolean): boolean {
  // Logs saved on Windows or fetched raw may end lines in CRLF.
  const text = line.replace(TIMESTAMP, '').replace(/\r$/, '');
  if (first) return true;
  if (name.startsWith('Post ')) return text === 'Post job cleanup.';
  if (name === 'Complete job') return text === 'Cleaning up orphan processes';
  if (name.startsWith('Run ')) return text === `##[group]${name}`;
  return ANY_RUN.test(line);
}

/**
 * Each step's part of the job log: its own `log` when the seed gave one, else the job log cut where
 * each step that ran begins (found by its name, in order; a step not found gets an empty file).
 */
export function stepLogs(job: SimJob, jobLog: string): Map<number, string> {
  const out = new Map<number, string>();
  const ran = job.steps.filter((s) => s.conclusion !== 'skipped' && s.status !== 'queued');
  const lines = jobLog.replace(/^\uFEFF/, '').split('\n');
  const starts: Array<number | undefined> = [];
  let cursor = 0;
  ran.forEach((step, i) => {
    let found: number | undefined;
    for (let n = cursor; n < lines.length; n++) {
      if (startsStep(lines[n]!, step.name, i === 0)) {
        found = n;
        break;
      }
    }
    // A named step whose header is not in the log may still be an unnamed-looking one; try the next Run.
    if (found === undefined && step.name.startsWith('Run ')) {
      for (let n = cursor; n < lines.length; n++)
        if (ANY_RUN.test(lines[n]!)) {
          found = n;
          break;
        }
    }
    starts.push(found);
    if (found !== undefined) cursor = found + 1;
  });
  ran.forEach((step, i) => {
    if (step.log !== undefined) {
      out.set(step.number, step.log);
      return;
    }
    const start = starts[i];
    if (start === undefined) {
      out.set(step.number, '');
      return;
    }
    const next = starts.slice(i + 1).find((s) => s !== undefined) ?? lines.length;
    out.set(step.number, lines.slice(start, next).join('\n'));
  });
  return out;
}

/** The zip `GET /actions/runs/{run_id}/logs` redirects to, for one attempt's jobs. */
export async function runLogArchive(repo: SimRepo, jobIds: number[]): Promise<Buffer> {
  const entries: ZipEntry[] = [];
  let ordinal = 0;
  for (const id of jobIds) {
    const job = repo.jobs.get(id);
    if (!job) continue;
    const text = await readJobLog(job);
    if (text === undefined) continue;
    const name = logFileName(job.name);
    const date = new Date(job.completed_at ?? job.started_at);
    entries.push({ name: `${ordinal}_${name}.txt`, data: text, date });
    ordinal += 1;
    for (const [number, stepText] of stepLogs(job, text)) {
      const step = job.steps.find((s) => s.number === number)!;
      entries.push({ name: `${name}/${number}_${logFileName(step.name)}.txt`, data: stepText, date });
    }
  }
  return writeZip(entries);
}
