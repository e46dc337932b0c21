import { appendFile, rm } from 'node:fs/promises';
import { extractZipEntry, listZipEntries, type ZipEntryInfo } from './zip-read.js';

/**
 * Finding each job's log in a run-log archive. GitHub lays the archive out as one
 * `<ordinal>_<job name>.txt` per job at the top, plus a folder per job holding
 * `<step number>_<step name>.txt`. Names in it are not the job names: characters a file system
 * may refuse (`/`, `:` and others) are dropped, long names are cut, and duplicates get a number.
 * So names are compared by their letters and digits only, a cut name matches as a prefix, and a
 * name that could be more than one job's is not used at all: that job's log is fetched on its own.
 */

export interface ArchiveJob {
  id: number;
  name: string;
}

/** A cut name is long; a short name that happens to prefix another job's name is not a match. */
const MIN_PREFIX_KEY = 20;

/** What survives every file-name rule GitHub applies: letters and digits, case kept. */
export function archiveNameKey(name: string): string {
  return name.normalize('NFC').replace(/[^\p{L}\p{N}]+/gu, '');
}

interface Candidate {
  key: string;
  /** The whole-job file at the top of the archive. */
  file?: ZipEntryInfo;
  /** Step files from the job's folder, by step number. */
  steps: { number: number; entry: ZipEntryInfo }[];
}

function candidates(entries: readonly ZipEntryInfo[]): Map<string, Candidate> {
  const byFolder = new Map<string, Candidate>();
  const get = (folderName: string): Candidate => {
    let c = byFolder.get(folderName);
    if (!c) {
      c = { key: archiveNameKey(folderName), steps: [] };
      byFolder.set(folderName, c);
    }
    return c;
  };
  for (const entry of entries) {
    if (entry.name.endsWith('/')) continue;
    const slash = entry.name.indexOf('/');
    if (slash < 0) {
      const m = /^(\d+)_(.*)\.txt$/s.exec(entry.name);
      if (m) get(m[2]!).file = entry;
      continue;
    }
    const folder = entry.name.slice(0, slash);
    const m = /^(\d+)_.*\.txt$/s.exec(entry.name.slice(slash + 1));
    if (m && !entry.name.slice(slash + 1).includes('/'))
      get(folder).steps.push({ number: Number(m[1]), entry });
  }
  // The top-level file and the folder of one job share a name; two jobs cut to one name share it too.
  return byFolder;
}

function matches(candidateKey: string, jobKey: string): 'exact' | 'prefix' | undefined {
  if (candidateKey === '' || jobKey === '') return undefined;
  if (candidateKey === jobKey) return 'exact';
  if (candidateKey.length >= MIN_PREFIX_KEY && jobKey.startsWith(candidateKey)) return 'prefix';
  return undefined;
}

/**
 * Which archive name belongs to which job: a job takes the name that matches it exactly, else the
 * one long name that is a prefix of it; a name matched by two jobs, or a job matched by two names,
 * is left out.
 */
export function matchArchiveJobs(
  entries: readonly ZipEntryInfo[],
  jobs: readonly ArchiveJob[],
): Map<number, { file?: ZipEntryInfo; steps: ZipEntryInfo[] }> {
  const all = [...candidates(entries).values()].filter((c) => c.file || c.steps.length > 0);
  const chosen = new Map<number, Candidate>();
  for (const job of jobs) {
    const key = archiveNameKey(job.name);
    const exact = all.filter((c) => matches(c.key, key) === 'exact');
    const found = exact.length > 0 ? exact : all.filter((c) => matches(c.key, key) === 'prefix');
    if (found.length === 1) chosen.set(job.id, found[0]!);
  }
  const claims = new Map<Candidate, number>();
  for (const c of chosen.values()) claims.set(c, (claims.get(c) ?? 0) + 1);
  const out = new Map<number, { file?: ZipEntryInfo; steps: ZipEntryInfo[] }>();
  for (const [id, c] of chosen) {
    if ((claims.get(c) ?? 0) !== 1) continue;
    const steps = [...c.steps].sort((a, b) => a.number - b.number).map((s) => s.entry);
    out.set(id, c.file ? { file: c.file, steps } : { steps });
  }
  return out;
}

/**
 * Extract the logs of `jobs` from the archive at `zipFile` into `fileFor(job)`: the whole-job file
 * when the archive has one, else the job's step files joined in step order. Returns the jobs found
 * (id → file written); jobs not found, or whose entry is damaged, are left for the caller.
 */
export async function extractJobLogs<J extends ArchiveJob>(
  zipFile: string,
  jobs: readonly J[],
  fileFor: (job: J) => string,
): Promise<Map<number, string>> {
  const entries = await listZipEntries(zipFile);
  const matched = matchArchiveJobs(entries, jobs);
  const written = new Map<number, string>();
  for (const job of jobs) {
    const found = matched.get(job.id);
    if (!found) continue;
    const dest = fileFor(job);
    try {
      if (found.file) await extractZipEntry(zipFile, found.file, dest);
      else {
        let first = true;
        for (const step of found.steps) {
          // A step file may not end its last line; a line break keeps it apart from the next step's first.
          if (!first) await appendFile(dest, '\n');
          await extractZipEntry(zipFile, step, dest, { append: !first });
          first = false;
        }
      }
      written.set(job.id, dest);
    } catch {
      // A damaged entry costs this job its archive copy, not the run its logs: the caller fetches it alone.
      await rm(dest, { force: true });
    }
  }
  return written;
}
