/**
 * `resource_exhaustion`:
 * - out of disk on a GitHub-hosted Ubuntu runner: a step before the failing one deletes large
 *   preinstalled toolchains the job does not use — the Android SDK (/usr/local/lib/android, the
 *   largest, around ten GB), .NET SDKs (/usr/share/dotnet), GHC for Haskell (/opt/ghc and
 *   /usr/local/.ghcup), the CodeQL bundle in the tool cache — and unused Docker images. Each is
 *   kept when the job's own text mentions it.
 * - JavaScript heap out of memory: `NODE_OPTIONS: --max-old-space-size=<MB>` for the failing step.
 *   Standard hosted runners have 7 GB or more (16 GB for public repositories on Linux and
 *   Windows); 6144 MB leaves room for the OS and other processes on the smallest of them, and is
 *   well above Node's default heap limit there. macOS arm64 runners (7 GB) get 4096. Runners of
 *   unknown size get no fix: their memory is unknown.
 */
import { isMap, isScalar, type Node, type YAMLMap } from 'yaml';
import { type FixContext, type FixResult, noFix } from './types.js';
import { loadStep, type StepContext } from './workflow-context.js';
import { hasKey, isExpression, jobRunners, onUbuntu, ownValue, scalarText } from './workflow-model.js';
import { addToChildMap, indentUnit, insertStepBefore, scalarSource } from './yaml-edit.js';

interface Removal {
  what: string;
  paths: string[];
  /** Words in the job that mean it uses this. */
  usedWhen: RegExp;
}

const REMOVALS: readonly Removal[] = [
  {
    what: 'the Android SDK',
    paths: ['/usr/local/lib/android'],
    usedWhen: /android|gradle|sdkmanager|flutter|react-native|\bexpo\b/i,
  },
  { what: '.NET', paths: ['/usr/share/dotnet'], usedWhen: /dotnet|\.csproj|\.sln\b|nuget|msbuild/i },
  {
    what: 'GHC (Haskell)',
    paths: ['/opt/ghc', '/usr/local/.ghcup'],
    usedWhen: /\bghc\b|ghcup|cabal|haskell|\bstack (?:build|test|install|exec)\b/i,
  },
  { what: 'the CodeQL bundle', paths: ['/opt/hostedtoolcache/CodeQL'], usedWhen: /codeql/i },
];

export const FREE_DISK_STEP_NAME = 'Free disk space';

/** The `run:` script of the disk step, without what the job uses. */
export function freeDiskScript(jobText: string): { lines: string[]; kept: string[]; freed: string[] } {
  const remove = REMOVALS.filter((r) => !r.usedWhen.test(jobText));
  const kept = REMOVALS.filter((r) => r.usedWhen.test(jobText)).map((r) => r.what);
  const lines = [`sudo rm -rf ${remove.flatMap((r) => r.paths).join(' ')}`];
  const freed = remove.map((r) => r.what);
  // Pruning images a later step of the job expects would trade one failure for another.
  if (/docker/i.test(jobText)) kept.push('Docker images');
  else {
    lines.push('sudo docker image prune --all --force');
    freed.push('unused Docker images');
  }
  lines.push('df -h /');
  return { lines, kept, freed };
}

async function fixDisk(loaded: StepContext): Promise<FixResult> {
  const { workflow, job, step, stepName } = loaded;
  const ubuntu = onUbuntu(workflow, job);
  if (!ubuntu.ok)
    return noFix(`${ubuntu.reason}; the preinstalled toolchains to remove are only known there`);
  const steps = workflow.steps(job);
  if (
    steps.ok &&
    steps.value.some(
      (s) =>
        /rm -rf[^\n]*\/usr\/(?:share\/dotnet|local\/lib\/android)/.test(
          scalarText(ownValue(s, 'run')) ?? '',
        ) || /free-disk-space|maximize-build-space/i.test(scalarText(ownValue(s, 'uses')) ?? ''),
    )
  )
    return noFix(`job "${job.id}" already frees disk space; it needs a larger runner or a smaller build`);
  const [start, , end] = job.map.range ?? [0, 0, 0];
  const script = freeDiskScript(workflow.text.slice(start, end));
  const body = [`name: ${FREE_DISK_STEP_NAME}`, 'run: |', ...script.lines.map((l) => `  ${l}`)];
  const inserted = insertStepBefore(workflow.text, step, body, indentUnit(workflow.text, workflow.root));
  if (!inserted.ok) return noFix(inserted.reason);
  return {
    kind: 'patch',
    fixType: 'resource_exhaustion',
    title: `Free disk space before step "${stepName}"`,
    explanation:
      `Step "${stepName}" of job "${job.id}" ran out of disk space. The GitHub-hosted Ubuntu image comes with large toolchains ` +
      `this job does not use; this adds a step removing ${script.freed.join(', ')} before it, which frees several GB.`,
    changes: [{ path: workflow.path, before: workflow.text, after: inserted.value }],
    complete: true,
    verify: "The new step's `df -h /` shows the space available to the failing step.",
    notes: script.kept.length > 0 ? [`Kept because the job uses them: ${script.kept.join(', ')}.`] : [],
  };
}

const HEAP_FLAG = /--max-old-space-size=(\d+)/;

/** Where NODE_OPTIONS is set for the step: the step, its job, or the workflow (nearest first). */
function nodeOptionsAt(
  maps: readonly YAMLMap[],
): { env: YAMLMap; value: Node } | { env: YAMLMap; value: undefined } | undefined {
  for (const map of maps) {
    const env = ownValue(map, 'env');
    if (isMap(env)) {
      const value = ownValue(env, 'NODE_OPTIONS');
      if (value !== undefined) return { env, value };
      if (hasKey(env, 'NODE_OPTIONS')) return { env, value: undefined };
    }
  }
  return undefined;
}

async function fixHeap(loaded: StepContext): Promise<FixResult> {
  const { workflow, job, step, stepName } = loaded;
  if (ownValue(step, 'run') === undefined)
    return noFix(`step "${stepName}" runs an action, whose Node process autoheal does not configure`);
  const runners = jobRunners(workflow, job);
  if (!runners.ok) return noFix(`${runners.reason}; its memory is unknown`);
  if (runners.value.some((r) => !r.hosted || r.memoryGb === undefined))
    return noFix(`job "${job.id}" runs on a runner whose memory is unknown`);
  const megabytes = runners.value.some((r) => r.os === 'macos' && (r.memoryGb ?? 0) < 14) ? 4096 : 6144;
  const flag = `--max-old-space-size=${megabytes}`;
  const text = workflow.text;
  const found = nodeOptionsAt([step, job.map, workflow.root]);
  let after: string;
  let what: string;
  if (found?.value === undefined && found !== undefined)
    return noFix('NODE_OPTIONS is set from an alias or to nothing; autoheal leaves it alone');
  if (found?.value !== undefined) {
    const value = found.value;
    if (!isScalar(value)) return noFix('NODE_OPTIONS is not a single value');
    const current = scalarText(value) ?? '';
    const source = scalarSource(text, value);
    if (isExpression(current)) return noFix(`NODE_OPTIONS is "${current}", an expression`);
    if (/^[|>]/.test(source)) return noFix('NODE_OPTIONS is a block scalar');
    const old = HEAP_FLAG.exec(current);
    if (old) {
      if (Number(old[1]) >= megabytes)
        return noFix(`NODE_OPTIONS already allows a heap of ${old[1]} MB, as much as the runner can give`);
      const m = HEAP_FLAG.exec(source);
      if (!m) return noFix('NODE_OPTIONS is written in a way autoheal does not edit');
      const at = value.range![0] + m.index;
      after = text.slice(0, at) + flag + text.slice(at + m[0].length);
      what = `raises --max-old-space-size from ${old[1]} to ${megabytes} MB in NODE_OPTIONS`;
    } else {
      // Append inside the quotes, or after a plain value.
      const quoted = /^['"]/.test(source);
      const insertAt = value.range![0] + source.length - (quoted ? 1 : 0);
      after = text.slice(0, insertAt) + (current === '' ? flag : ` ${flag}`) + text.slice(insertAt);
      what = `adds ${flag} to NODE_OPTIONS`;
    }
  } else {
    if (hasKey(step, 'env') && !isMap(ownValue(step, 'env')))
      return noFix(`step "${stepName}" takes its env from an expression or alias`);
    const edited = addToChildMap(
      text,
      step,
      'env',
      [`NODE_OPTIONS: ${flag}`],
      indentUnit(text, workflow.root),
    );
    if (!edited.ok) return noFix(edited.reason);
    after = edited.value;
    what = `sets NODE_OPTIONS to ${flag} for the step`;
  }
  return {
    kind: 'patch',
    fixType: 'resource_exhaustion',
    title: `Give Node a ${megabytes} MB heap in step "${stepName}"`,
    explanation: `Step "${stepName}" of job "${job.id}" ran out of JavaScript heap. This ${what}; the runner has enough memory for it.`,
    changes: [{ path: workflow.path, before: text, after }],
    complete: true,
    verify: `The step runs without "JavaScript heap out of memory".`,
    notes: [
      'A heap that keeps growing can also be a leak: if the build needs ever more memory, look for one.',
    ],
  };
}

export async function fixResourceExhaustion(ctx: FixContext): Promise<FixResult> {
  const resource = ctx.finding.facts?.resource;
  if (resource !== 'disk' && resource !== 'js-heap')
    return noFix(
      resource === undefined
        ? 'the log does not say which resource ran out'
        : `running out of ${resource} has no mechanical fix (it needs a larger runner or less work at once)`,
    );
  const loaded = await loadStep(ctx);
  if (!loaded.ok) return noFix(loaded.reason);
  return resource === 'disk' ? fixDisk(loaded.value) : fixHeap(loaded.value);
}
