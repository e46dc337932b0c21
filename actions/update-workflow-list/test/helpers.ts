/** Shared by this action's tests: temp checkouts and workflow texts. */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

/** A workflow with one job, named `name` (no `name:` key when undefined), triggered by `on`. */
export function workflow(name: string | undefined, on = 'push', extraSteps = ''): string {
  const title = name === undefined ? '' : `name: ${JSON.stringify(name)}\n`;
  return `${title}on: ${on}\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo hi\n${extraSteps}`;
}

/** A minimal valid auto-heal workflow whose `on.workflow_run` is `trigger` (indented under it). */
export function autoHeal(trigger: string): string {
  return (
    `name: auto-heal\non:\n  workflow_run:\n${trigger}permissions: {}\njobs:\n  heal:\n    runs-on: ubuntu-latest\n` +
    '    steps:\n      - uses: autoheal/autoheal/actions/analyze-failure@0123456789abcdef0123456789abcdef01234567\n'
  );
}

export interface Checkout {
  dir: string;
  read(file: string): Promise<string>;
  write(file: string, text: string): Promise<void>;
  remove(): Promise<void>;
}

/** A temp folder holding `files` (paths relative to it). */
export async function checkout(files: Record<string, string>): Promise<Checkout> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'autoheal-uwl-'));
  const write = async (file: string, text: string) => {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(path.join(dir, file), text);
  };
  for (const [file, text] of Object.entries(files)) await write(file, text);
  return {
    dir,
    read: (file) => readFile(path.join(dir, file), 'utf8'),
    write,
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}
