/**
 * `toolchain_mismatch`: set the version input of the job's one setup action to the lowest version
 * line that meets what the log says is required. Only a literal value is changed (never an
 * expression or a matrix), in its own quoting.
 */
import { isMap, isScalar, type YAMLMap } from 'yaml';
import { type FixContext, type FixResult, noFix } from './types.js';
import { chooseVersion, type Toolchain } from './version-requirement.js';
import { loadJob } from './workflow-context.js';
import { isExpression, ownValue, scalarText } from './workflow-model.js';
import { replaceScalar, scalarLike, scalarSource } from './yaml-edit.js';

interface SetupAction {
  action: string;
  input: string;
  /** Inputs that read the version from a file instead. */
  fileInputs: string[];
}

export const SETUP_ACTIONS: Record<Toolchain, SetupAction> = {
  node: { action: 'actions/setup-node', input: 'node-version', fileInputs: ['node-version-file'] },
  python: { action: 'actions/setup-python', input: 'python-version', fileInputs: ['python-version-file'] },
  java: { action: 'actions/setup-java', input: 'java-version', fileInputs: ['java-version-file'] },
  go: { action: 'actions/setup-go', input: 'go-version', fileInputs: ['go-version-file'] },
  ruby: { action: 'ruby/setup-ruby', input: 'ruby-version', fileInputs: [] },
};

function isToolchain(name: string | undefined): name is Toolchain {
  return name !== undefined && Object.hasOwn(SETUP_ACTIONS, name);
}

function usesAction(step: YAMLMap, action: string): boolean {
  const uses = scalarText(ownValue(step, 'uses'));
  return uses !== undefined && uses.split('@')[0]!.toLowerCase() === action;
}

export async function fixToolchain(ctx: FixContext): Promise<FixResult> {
  const facts = ctx.finding.facts ?? {};
  const toolchain = facts.toolchain?.toLowerCase();
  if (!isToolchain(toolchain))
    return noFix(`no setup action is known for the toolchain "${facts.toolchain ?? 'unnamed'}"`);
  if (facts.requiredVersion === undefined)
    return noFix(`the log does not say which ${toolchain} version is required`);
  const setup = SETUP_ACTIONS[toolchain];

  const loaded = await loadJob(ctx);
  if (!loaded.ok) return noFix(loaded.reason);
  const { workflow, job } = loaded.value;
  const steps = workflow.steps(job);
  if (!steps.ok) return noFix(steps.reason);
  const setups = steps.value.filter((s) => usesAction(s, setup.action));
  if (setups.length !== 1)
    return noFix(
      `job "${job.id}" has ${setups.length} ${setup.action} steps; exactly one is needed to know which to change`,
    );
  const step = setups[0]!;
  const withMap = ownValue(step, 'with');
  const value = isMap(withMap) ? ownValue(withMap, setup.input) : undefined;
  if (value === undefined) {
    const fileInput = isMap(withMap)
      ? setup.fileInputs.find((f) => ownValue(withMap, f) !== undefined)
      : undefined;
    return noFix(
      fileInput
        ? `the ${setup.action} step reads its version from a file (${fileInput}); that file sets the version, not the workflow`
        : `the ${setup.action} step sets no literal ${setup.input}`,
    );
  }
  if (!isScalar(value)) return noFix(`${setup.input} is a list, not one version`);
  const current = scalarText(value);
  if (current === undefined || isExpression(current))
    return noFix(
      `${setup.input} is "${current ?? '?'}", an expression (a matrix or input), not a literal version`,
    );
  if (current.includes('\n')) return noFix(`${setup.input} lists several versions`);

  const choice = chooseVersion(toolchain, facts.requiredVersion, current, facts.actualVersion);
  if (!choice.ok) return noFix(choice.reason);
  const written = /\.x$/.test(current) ? `${choice.version}.x` : choice.version;
  const source = scalarLike(scalarSource(workflow.text, value), written);
  const after = replaceScalar(workflow.text, value, source);
  const stepName = scalarText(ownValue(step, 'name')) ?? scalarText(ownValue(step, 'uses'))!;
  return {
    kind: 'patch',
    fixType: 'toolchain_mismatch',
    title: `Use ${toolchain} ${written} in job "${job.id}"`,
    explanation:
      `The log says ${toolchain} "${facts.requiredVersion}" is required${facts.actualVersion ? ` but ${facts.actualVersion} ran` : ''}. ` +
      `Step "${stepName}" of job "${job.id}" sets ${setup.input} to ${current}; this sets it to ${written}, the lowest version line that meets the requirement.`,
    changes: [{ path: workflow.path, before: workflow.text, after }],
    complete: true,
    verify: `The job's setup step reports ${toolchain} ${written}.`,
    notes: [],
  };
}
