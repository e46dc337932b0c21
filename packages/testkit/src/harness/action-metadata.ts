import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';

export interface ActionInput {
  description?: string;
  required?: boolean;
  default?: string;
  deprecationMessage?: string;
}

export interface ActionMetadata {
  name: string;
  description?: string;
  author?: string;
  inputs: Record<string, ActionInput>;
  outputs: Record<string, { description?: string }>;
  runs: { using: string; main: string; pre?: string; post?: string; 'pre-if'?: string; 'post-if'?: string };
  branding?: { icon?: string; color?: string };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Read an action.yml (or action.yaml) the way the runner does: inputs' defaults as strings. */
export async function readActionMetadata(actionDir: string): Promise<ActionMetadata> {
  let text: string | undefined;
  let file = '';
  for (const name of ['action.yml', 'action.yaml']) {
    file = path.join(actionDir, name);
    text = await readFile(file, 'utf8').catch(() => undefined);
    if (text !== undefined) break;
  }
  if (text === undefined) throw new Error(`no action.yml or action.yaml in ${actionDir}`);
  return parseActionMetadata(text, file);
}

export function parseActionMetadata(text: string, file = 'action.yml'): ActionMetadata {
  const raw: unknown = parse(text);
  if (!isRecord(raw)) throw new Error(`${file}: not a mapping`);
  const runs = raw.runs;
  if (!isRecord(runs) || typeof runs.using !== 'string' || typeof runs.main !== 'string') {
    throw new Error(`${file}: runs.using and runs.main are required for a JavaScript action`);
  }
  const inputs: Record<string, ActionInput> = {};
  if (isRecord(raw.inputs)) {
    for (const [name, spec] of Object.entries(raw.inputs)) {
      const input: ActionInput = {};
      if (isRecord(spec)) {
        if (typeof spec.description === 'string') input.description = spec.description;
        if (spec.required !== undefined) input.required = spec.required === true || spec.required === 'true';
        // The runner treats every default as a string (YAML `5` and `true` arrive as "5" and "true").
        if (spec.default !== undefined && spec.default !== null) input.default = String(spec.default);
        if (typeof spec.deprecationMessage === 'string') input.deprecationMessage = spec.deprecationMessage;
      }
      inputs[name] = input;
    }
  }
  const outputs: Record<string, { description?: string }> = {};
  if (isRecord(raw.outputs)) {
    for (const [name, spec] of Object.entries(raw.outputs)) {
      outputs[name] =
        isRecord(spec) && typeof spec.description === 'string' ? { description: spec.description } : {};
    }
  }
  const metadata: ActionMetadata = {
    name: typeof raw.name === 'string' ? raw.name : '',
    inputs,
    outputs,
    runs: runs as ActionMetadata['runs'],
  };
  if (typeof raw.description === 'string') metadata.description = raw.description;
  if (typeof raw.author === 'string') metadata.author = raw.author;
  if (isRecord(raw.branding)) metadata.branding = raw.branding as ActionMetadata['branding'] & object;
  return metadata;
}
