/**
 * What `autoheal init` would do to a repository: the files it writes, each compared with what is
 * there. A file is overwritten only when it is missing, when init wrote it and nobody changed it
 * since (its first line carries a hash of the rest), or with --force.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { DEFAULT_CONFIG_PATH } from '@autoheal/core/config/loader';
import { renderConfigFile } from './config-file.js';
import { fillWatchList } from './watch-list.js';
import { HEAL_CHOICE, WORKFLOW_CHOICES, type WorkflowChoice } from './workflows.js';

export type FileAction = 'create' | 'update' | 'overwrite' | 'unchanged' | 'kept';

export interface PlannedFile {
  /** From the repository root, `/`-separated. */
  path: string;
  /** What init writes. */
  content: string;
  /** What is there now; undefined when there is no such file. */
  current: string | undefined;
  action: FileAction;
}

export interface InitPlan {
  files: PlannedFile[];
  /** Names the heal workflow watches; undefined when heal was not chosen. */
  watched: string[] | undefined;
  warnings: string[];
  /** Secrets the written workflows use (`secrets.NAME`), each once, in order of appearance. */
  secrets: string[];
  /** A chosen workflow opens pull requests with GITHUB_TOKEN. */
  opensPullRequests: boolean;
}

const HEADER = /^# Written by `autoheal init` \(sha256:([0-9a-f]{16})\)\./;

function hash(body: string): string {
  return createHash('sha256').update(body).digest('hex').slice(0, 16);
}

/** `body` with the first line that marks it as init's, hashing the rest. */
export function withHeader(body: string): string {
  return `# Written by \`autoheal init\` (sha256:${hash(body)}). Once you edit this file, init leaves it alone unless given --force.\n${body}`;
}

/** True when `text` is a file init wrote and nobody has changed since. */
export function untouchedSinceInit(text: string): boolean {
  const newline = text.indexOf('\n');
  if (newline === -1) return false;
  const match = HEADER.exec(text.slice(0, newline));
  return match !== null && match[1] === hash(text.slice(newline + 1));
}

function decide(current: string | undefined, content: string, force: boolean): FileAction {
  if (current === undefined) return 'create';
  if (current === content) return 'unchanged';
  if (untouchedSinceInit(current)) return 'update';
  return force ? 'overwrite' : 'kept';
}

async function readIfExists(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ENOENT') return undefined;
    throw error;
  }
}

export interface PlanOptions {
  root: string;
  choices: readonly WorkflowChoice[];
  templatesDir: string;
  force: boolean;
}

export async function planInit(options: PlanOptions): Promise<InitPlan> {
  const { root, choices, templatesDir, force } = options;
  const bodies = new Map<string, string>();
  for (const choice of choices)
    bodies.set(choice.file, await readFile(path.join(templatesDir, choice.template), 'utf8'));
  const configBody = renderConfigFile();
  const configCurrent = await readIfExists(path.join(root, DEFAULT_CONFIG_PATH));
  // The watch list is computed as the repository will be: with init's workflows in it, and with
  // the config file the user keeps if they keep theirs (its workflows.watch/exclude apply).
  const view = new Map<string, string>();
  for (const [file, body] of bodies)
    view.set(file, (await readIfExists(path.join(root, file))) ?? withHeader(body));
  const heal = choices.find((c) => c.name === HEAL_CHOICE);
  let watched: string[] | undefined;
  const warnings: string[] = [];
  if (heal) {
    const healBody = bodies.get(heal.file)!;
    view.set(heal.file, healBody);
    view.set(DEFAULT_CONFIG_PATH, configCurrent ?? configBody);
    const filled = await fillWatchList(root, heal.file, view);
    bodies.set(heal.file, filled.text);
    watched = filled.watched;
    warnings.push(...filled.warnings);
  }
  bodies.set(DEFAULT_CONFIG_PATH, configBody);

  const files: PlannedFile[] = [];
  for (const [file, body] of bodies) {
    const content = withHeader(body);
    const current = file === DEFAULT_CONFIG_PATH ? configCurrent : await readIfExists(path.join(root, file));
    files.push({ path: file, content, current, action: decide(current, content, force) });
  }
  const secrets: string[] = [];
  for (const choice of choices)
    for (const m of bodies.get(choice.file)!.matchAll(/\bsecrets\.([A-Za-z_][A-Za-z0-9_]*)/g))
      if (!secrets.includes(m[1]!) && m[1] !== 'GITHUB_TOKEN') secrets.push(m[1]!);
  return { files, watched, warnings, secrets, opensPullRequests: choices.some((c) => c.opensPullRequests) };
}

/** The choices named by --with values (each may be a comma list), in table order. */
export function resolveChoices(names: readonly string[]): { choices: WorkflowChoice[]; unknown: string[] } {
  const wanted = new Set(
    names
      .flatMap((n) => n.split(','))
      .map((n) => n.trim())
      .filter((n) => n !== ''),
  );
  const known = new Set(WORKFLOW_CHOICES.map((c) => c.name));
  return {
    choices: WORKFLOW_CHOICES.filter((c) => wanted.has(c.name)),
    unknown: [...wanted].filter((n) => !known.has(n)),
  };
}
