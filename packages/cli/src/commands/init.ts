import { mkdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { diffHunks } from '@autoheal/core/fixes/unified-diff';
import { type CliIO, type Command, EXIT, parseCommandArgs, UsageError } from '../cli.js';
import { type InitPlan, type PlannedFile, planInit, resolveChoices } from '../init/plan.js';
import { DEFAULT_CHOICES, templatesDir, WORKFLOW_CHOICES } from '../init/workflows.js';

const USAGE = `Usage: pnpm autoheal init [dir] [--with a,b,…] [--dry-run] [--force]

Set up autoheal in a repository (default: the current directory): write the chosen workflows into
.github/workflows/ with the list of workflows to watch filled in from the repository's own, write
.github/autoheal.yml with every setting commented out at its default, and list the secrets and
settings still to do on GitHub. Running it again changes nothing unless something is missing or out
of date; a file you changed is left alone unless --force is given.

  --with <names>  which workflows, comma-separated (default ${DEFAULT_CHOICES.join(',')}):
                  ${WORKFLOW_CHOICES.map((c) => c.name).join(', ')}
  --dry-run       print the unified diff of what would be written, and write nothing
  --force         also overwrite files changed since init wrote them (or not written by init)

Exit codes: 0 done (or nothing to do); 1 a file was left alone because you changed it; 2 bad usage.`;

/** What each secret the workflows may use is for; one line each in the to-do list. */
const SECRET_NOTES: Readonly<Record<string, string>> = {
  AUTOHEAL_FIX_TOKEN:
    'optional: a GitHub App or fine-grained token with contents, pull requests, issues and workflows write, so fixes can change workflow files and their pull requests start CI',
  AUTOHEAL_COPILOT_TOKEN:
    "optional: a user token with a Copilot seat, to hand failures with no mechanical fix to Copilot's coding agent",
  AUTOHEAL_WORKFLOWS_TOKEN:
    'needed: a fine-grained token (or App token) with Contents, Pull requests and Workflows read and write, since GITHUB_TOKEN cannot push to .github/workflows/',
  AUTOHEAL_MARKER_KEY:
    "a random key (e.g. `openssl rand -hex 32`) that signs autoheal's hidden markers, so no other workflow can forge them",
};

const VERB: Record<PlannedFile['action'], string> = {
  create: 'created',
  update: 'updated',
  overwrite: 'overwritten',
  unchanged: 'unchanged',
  kept: 'kept',
};

const DRY_VERB: Record<PlannedFile['action'], string> = {
  create: 'would create',
  update: 'would update',
  overwrite: 'would overwrite',
  unchanged: 'unchanged',
  kept: 'would keep',
};

/** A name read from the repository, safe to print: control characters (terminal escapes) shown as `?`. */
function printable(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, '?');
}

function diffOf(file: PlannedFile): string {
  const hunks = diffHunks(file.current ?? '', file.content);
  const from = file.current === undefined ? '/dev/null' : `a/${file.path}`;
  return `--- ${from}\n+++ b/${file.path}\n${hunks}`;
}

function todo(plan: InitPlan): string[] {
  const lines: string[] = [];
  for (const name of plan.secrets)
    lines.push(`  - secret ${name}: ${SECRET_NOTES[name] ?? 'used by the workflows above'}`);
  // The fix token's login tells autoheal which fix pull requests are its own, so CI on them verifies them.
  if (plan.secrets.includes('AUTOHEAL_FIX_TOKEN'))
    lines.push(
      "  - variable AUTOHEAL_FIX_AUTHORS: with AUTOHEAL_FIX_TOKEN, that token's login (`<app-slug>[bot]` for an App), so CI on its fix branches verifies the fixes",
    );
  if (plan.opensPullRequests)
    lines.push(
      '  - Settings → Actions → General → Workflow permissions: tick "Allow GitHub Actions to create and approve pull requests" (for GITHUB_TOKEN)',
    );
  lines.push('  - commit and push the files, then check .github/autoheal.yml for settings to change');
  return lines;
}

export const initCommand: Command = {
  name: 'init',
  summary: 'Set up autoheal in a repository: workflows, .github/autoheal.yml, and what is left to do.',
  usage: USAGE,
  async run(args, io: CliIO) {
    const { values, positionals } = parseCommandArgs(args, {
      with: { type: 'string', multiple: true },
      'dry-run': { type: 'boolean', default: false },
      force: { type: 'boolean', default: false },
    });
    if (positionals.length > 1) throw new UsageError('give at most one [dir]');
    const root = path.resolve(io.cwd, positionals[0] ?? '.');
    if (!(await stat(root).catch(() => undefined))?.isDirectory())
      throw new UsageError(`"${root}" is not a folder`);
    const given = (values.with as string[] | undefined) ?? [...DEFAULT_CHOICES];
    const { choices, unknown } = resolveChoices(given);
    if (unknown.length > 0)
      throw new UsageError(
        `--with: unknown ${unknown.map((n) => `"${n}"`).join(', ')}; choose from ${WORKFLOW_CHOICES.map((c) => c.name).join(', ')}`,
      );
    if (choices.length === 0) throw new UsageError('--with: name at least one workflow');
    const dryRun = values['dry-run'] === true;
    const plan = await planInit({
      root,
      choices,
      templatesDir: templatesDir(),
      force: values.force === true,
    });

    const out: string[] = [`autoheal init: ${root} (${choices.map((c) => c.name).join(', ')})`];
    for (const file of plan.files) {
      const verb = (dryRun ? DRY_VERB : VERB)[file.action];
      let note = '';
      if (file.action === 'kept')
        note =
          ': changed since init wrote it (or not written by init); --force overwrites it, --dry-run --force shows how';
      else if (
        file.path.endsWith('auto-heal.yml') &&
        plan.watched !== undefined &&
        file.action !== 'unchanged'
      )
        note =
          plan.watched.length > 0
            ? ` (watching ${plan.watched.map(printable).join(', ')})`
            : ' (no workflow found to watch yet)';
      out.push(`  ${verb.padEnd(15)} ${file.path}${note}`);
    }
    for (const w of plan.warnings) out.push(`  warning: ${printable(w)}`);
    const writes = plan.files.filter(
      (f) => f.action === 'create' || f.action === 'update' || f.action === 'overwrite',
    );
    if (dryRun) {
      io.stdout(`${out.join('\n')}\n`);
      for (const f of writes) io.stdout(diffOf(f));
      io.stdout(writes.length === 0 ? 'Nothing to change.\n' : 'Dry run: nothing was written.\n');
    } else {
      for (const f of writes) {
        const target = path.join(root, f.path);
        await mkdir(path.dirname(target), { recursive: true });
        await writeFile(target, f.content, 'utf8');
      }
      if (writes.length === 0 && plan.files.every((f) => f.action === 'unchanged'))
        out.push('Nothing to change: every file is as init writes it.');
      out.push('', 'Still to do on GitHub:', ...todo(plan));
      io.stdout(`${out.join('\n')}\n`);
    }
    return plan.files.some((f) => f.action === 'kept') ? EXIT.failure : EXIT.ok;
  },
};
