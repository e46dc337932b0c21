import { createRequire } from 'node:module';

/**
 * Real webhook payloads from @octokit/webhooks-examples, for the `GITHUB_EVENT_PATH` of harness
 * runs. Tests adjust a copy only where they need to (a run id, a conclusion), never invent one.
 */

interface WebhookDefinition {
  name: string;
  examples: Record<string, unknown>[];
}

const require = createRequire(import.meta.url);
let definitions: WebhookDefinition[] | undefined;

function load(): WebhookDefinition[] {
  definitions ??= require('@octokit/webhooks-examples') as WebhookDefinition[];
  return definitions;
}

/** Every example of an event (optionally only those with the given `action`), deep-copied. */
export function webhookExamples(event: string, action?: string): Record<string, unknown>[] {
  const definition = load().find((d) => d.name === event);
  if (!definition) throw new Error(`@octokit/webhooks-examples has no "${event}" event`);
  return definition.examples
    .filter((e) => action === undefined || e.action === action)
    .map((e) => structuredClone(e));
}

/** The first example of an event (and action); throws when there is none, so a test cannot silently run on `{}`. */
export function webhookExample(event: string, action?: string): Record<string, unknown> {
  const [first] = webhookExamples(event, action);
  if (!first) throw new Error(`@octokit/webhooks-examples has no "${event}" example with action "${action}"`);
  return first;
}

type Json = Record<string, unknown>;

/**
 * A copy of `payload` with the fields at dotted paths replaced (`{'workflow_run.id': 42}`); a path
 * whose parent does not exist in the real payload is an error, so a test cannot invent structure.
 */
export function withFields(payload: Json, fields: Record<string, unknown>): Json {
  const copy = structuredClone(payload);
  for (const [dotted, value] of Object.entries(fields)) {
    const keys = dotted.split('.');
    let node: Json = copy;
    for (const key of keys.slice(0, -1)) {
      const next = node[key];
      if (typeof next !== 'object' || next === null)
        throw new Error(`withFields: "${dotted}" has no parent object in the payload`);
      node = next as Json;
    }
    node[keys[keys.length - 1]!] = value;
  }
  return copy;
}
