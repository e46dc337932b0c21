import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

async function listFiles(dir: string, prefix = ''): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries) {
    const rel = path.posix.join(prefix, entry.name);
    if (entry.isDirectory()) files.push(...(await listFiles(path.join(dir, entry.name), rel)));
    else files.push(rel);
  }
  return files.sort();
}

/** Files that differ between two folders: missing on either side or with other bytes. */
export async function compareDirectories(expected: string, actual: string): Promise<string[]> {
  const [want, have] = await Promise.all([listFiles(expected), listFiles(actual)]);
  const differences: string[] = [];
  for (const file of want) if (!have.includes(file)) differences.push(`${file} is missing`);
  for (const file of have)
    if (!want.includes(file)) differences.push(`${file} is not produced by the build (stale?)`);
  for (const file of want.filter((f) => have.includes(f))) {
    const [a, b] = await Promise.all([
      readFile(path.join(expected, file)),
      readFile(path.join(actual, file)),
    ]);
    if (!a.equals(b))
      differences.push(`${file} differs from a fresh build (${b.length} bytes committed, ${a.length} built)`);
  }
  return differences;
}
