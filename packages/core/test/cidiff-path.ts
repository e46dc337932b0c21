import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The CiDiff cases carried in packages/fixtures (tests read them directly, no install step needed). */
export function cidiffCaseDir(name: string): string {
  return path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'fixtures', 'cidiff', name);
}
