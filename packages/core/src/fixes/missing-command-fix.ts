/**
 * `missing_command`: an apt install step for the command's Ubuntu package, inserted before the
 * failing step in the steps list's own layout. Only on GitHub-hosted Ubuntu runners, where the
 * package names and passwordless sudo are known.
 */
import { ownEntry } from '../own-entry.js';
import { APT_PACKAGE_OF, SETUP_ACTION_OF } from './apt-packages.js';
import { type FixContext, type FixResult, noFix } from './types.js';
import { loadStep } from './workflow-context.js';
import { onUbuntu, ownValue, scalarText } from './workflow-model.js';
import { indentUnit, insertStepBefore } from './yaml-edit.js';

export function aptInstallCommand(pkg: string): string {
  return `sudo apt-get update && sudo apt-get install -y ${pkg}`;
}

export async function fixMissingCommand(ctx: FixContext): Promise<FixResult> {
  const facts = ctx.finding.facts ?? {};
  const command = facts.command;
  if (command === undefined) return noFix('the log does not name the missing command');
  // npm's "Missing script" names a package.json script, not a program.
  if (facts.tool === 'npm')
    return noFix(`"${command}" is a missing package.json script, not a program to install`);
  const setup = ownEntry(SETUP_ACTION_OF, command);
  if (setup)
    return noFix(`"${command}" is a toolchain: set it up with ${setup} rather than installing it from apt`);
  const pkg = ownEntry(APT_PACKAGE_OF, command);
  if (pkg === undefined) return noFix(`no known Ubuntu package provides "${command}"`);

  const loaded = await loadStep(ctx);
  if (!loaded.ok) return noFix(loaded.reason);
  const { workflow, job, step, stepName } = loaded.value;
  const ubuntu = onUbuntu(workflow, job);
  if (!ubuntu.ok) return noFix(`${ubuntu.reason}; the apt package name and sudo are only known there`);
  const steps = workflow.steps(job);
  if (steps.ok) {
    const installs = new RegExp(
      `apt(?:-get)?\\s+install\\b[^\\n]*\\s${pkg.replace(/[+.]/g, '\\$&')}(?:\\s|$)`,
      'm',
    );
    const already = steps.value.find((s) => installs.test(scalarText(ownValue(s, 'run')) ?? ''));
    if (already)
      return noFix(
        `job "${job.id}" already installs ${pkg} with apt, yet "${command}" was not found: not a missing package`,
      );
  }
  const inserted = insertStepBefore(
    workflow.text,
    step,
    [`name: Install ${pkg}`, `run: ${aptInstallCommand(pkg)}`],
    indentUnit(workflow.text, workflow.root),
  );
  if (!inserted.ok) return noFix(inserted.reason);
  return {
    kind: 'patch',
    fixType: 'missing_command',
    title: `Install ${pkg} before step "${stepName}"`,
    explanation:
      `Step "${stepName}" of job "${job.id}" runs \`${command}\`, which is not installed on the runner. ` +
      `The Ubuntu package ${pkg} provides it; this adds a step installing it just before.`,
    changes: [{ path: workflow.path, before: workflow.text, after: inserted.value }],
    complete: true,
    verify: `${aptInstallCommand(pkg)} && command -v ${command}`,
    notes: [],
  };
}
