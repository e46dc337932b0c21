import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { ErrorObject, ValidateFunction } from 'ajv';
import type { RouteSummary } from './route-table.js';

/**
 * Checking the simulator against GitHub's own OpenAPI description (@octokit/openapi): that every
 * route exists there, and that what we answer matches the response schema for its status. Uses
 * the test-only dependencies `@octokit/openapi`, `ajv` and `ajv-formats`.
 *
 * GitHub's description is OpenAPI 3.0: `nullable: true` is turned into JSON Schema's `null` type;
 * nothing else is relaxed (`required` and `additionalProperties` stay as GitHub wrote them).
 */

const require = createRequire(import.meta.url);

type Json = Record<string, unknown>;

export interface OpenApiDescription {
  name: string;
  paths: Record<string, Record<string, Json>>;
  components: { schemas: Record<string, Json>; responses?: Record<string, Json> };
}

export type DescriptionName = 'api.github.com' | 'ghes-3.19' | 'ghes-3.18' | 'ghes-3.17';

const cache = new Map<string, OpenApiDescription>();

export function loadDescription(name: DescriptionName): OpenApiDescription {
  let description = cache.get(name);
  if (!description) {
    const file = require.resolve(`@octokit/openapi/generated/${name}.json`);
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as Omit<OpenApiDescription, 'name'>;
    description = { name, ...parsed };
    cache.set(name, description);
  }
  return description;
}

/** `{owner}` and `{org}` are the same slot: compare templates with parameter names blanked. */
export function normalizeTemplate(path: string): string {
  return path.replace(/\{[^}]+\}/g, '{}');
}

export function findOperation(
  description: OpenApiDescription,
  method: string,
  path: string,
): { path: string; operation: Json } | undefined {
  const wanted = normalizeTemplate(path);
  for (const [template, item] of Object.entries(description.paths)) {
    if (normalizeTemplate(template) !== wanted) continue;
    const operation = item[method.toLowerCase()];
    if (operation) return { path: template, operation };
  }
  return undefined;
}

const SCHEMA_ID = 'https://api.github.com/openapi-components';

/** OpenAPI 3.0 → JSON Schema: `nullable`, and `#/components/...` refs made absolute. */
export function toJsonSchema(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(toJsonSchema);
  if (typeof node !== 'object' || node === null) return node;
  const out: Json = {};
  for (const [key, value] of Object.entries(node as Json)) {
    if (key === 'nullable') continue;
    if (key === '$ref' && typeof value === 'string' && value.startsWith('#/'))
      out.$ref = `${SCHEMA_ID}${value}`;
    else out[key] = toJsonSchema(value);
  }
  // `oneOf` over error schemas (basic-error | repository-rule-violation-error) can never pass: their
  // properties are all optional, so a body matching one matches both. Any one of them is what is meant.
  const oneOf = (node as Json).oneOf;
  if (
    Array.isArray(oneOf) &&
    oneOf.length > 1 &&
    oneOf.every((s) => /error$/.test(String((s as Json).$ref ?? '')))
  ) {
    out.anyOf = out.oneOf;
    delete out.oneOf;
  }
  if ((node as Json).nullable === true) {
    if (typeof out.type === 'string') {
      out.type = [out.type, 'null'];
      if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
      return out;
    }
    return { anyOf: [out, { type: 'null' }] };
  }
  return out;
}

// Annotations GitHub's description uses that JSON Schema validators do not know.
// `components` is only the holder the schemas are registered under.
const ANNOTATIONS = [
  'example',
  'discriminator',
  'xml',
  'externalDocs',
  'x-github-breaking-changes',
  'components',
];

export interface ResponseCheck {
  /** `schema`: validated against the documented schema; `empty`: documented without a body and none sent. */
  outcome: 'schema' | 'empty' | 'undocumented-status' | 'unexpected-body' | 'missing-body';
  errors: ErrorObject[];
  schemaName?: string;
}

export class ResponseValidator {
  private readonly ajv;
  private readonly compiled = new Map<string, ValidateFunction>();

  constructor(readonly description: OpenApiDescription) {
    // ajv and ajv-formats are CommonJS; their default export is the module itself.
    const AjvClass = require('ajv').default as typeof import('ajv').default;
    const addFormats = require('ajv-formats').default as typeof import('ajv-formats').default;
    this.ajv = new AjvClass({
      allErrors: true,
      strict: true,
      strictTypes: false,
      allowUnionTypes: true,
      validateFormats: true,
    });
    addFormats(this.ajv);
    this.ajv.addVocabulary(ANNOTATIONS);
    this.ajv.addSchema({
      $id: SCHEMA_ID,
      components: { schemas: toJsonSchema(description.components.schemas) },
    });
  }

  private resolveResponse(response: Json): Json {
    let current = response;
    while (typeof current.$ref === 'string') {
      const name = current.$ref.replace('#/components/responses/', '');
      current = this.description.components.responses?.[name] as Json;
    }
    return current;
  }

  /** The JSON schema documented for `status`, `null` when the status is documented without a body, undefined when not documented. */
  responseSchema(operation: Json, status: number): { schema: Json | null; name?: string } | undefined {
    const responses = (operation.responses ?? {}) as Record<string, Json>;
    const documented = responses[String(status)] ?? responses[`${String(status)[0]}XX`];
    if (!documented) return undefined;
    const response = this.resolveResponse(documented);
    const content = response.content as Record<string, { schema?: Json }> | undefined;
    const schema = content?.['application/json']?.schema ?? content?.['application/scim+json']?.schema;
    if (!schema) return { schema: null };
    const name = typeof schema.$ref === 'string' ? schema.$ref.split('/').pop() : undefined;
    return { schema, ...(name ? { name } : {}) };
  }

  private validator(schema: Json): ValidateFunction {
    const key = JSON.stringify(schema);
    let validate = this.compiled.get(key);
    if (!validate) {
      validate = this.ajv.compile(toJsonSchema(schema) as Json);
      this.compiled.set(key, validate);
    }
    return validate;
  }

  /** Validate an error body GitHub did not document for this operation against its generic `basic-error`. */
  private basicError(body: unknown): ErrorObject[] {
    const validate = this.validator({ $ref: '#/components/schemas/basic-error' });
    return validate(body) ? [] : [...(validate.errors ?? [])];
  }

  check(operation: Json, status: number, body: unknown): ResponseCheck {
    const documented = this.responseSchema(operation, status);
    if (!documented) {
      return {
        outcome: 'undocumented-status',
        errors: status >= 400 && body !== undefined ? this.basicError(body) : [],
      };
    }
    if (documented.schema === null) {
      if (body === undefined) return { outcome: 'empty', errors: [] };
      // GitHub documents some error statuses without a body but always sends its error JSON; hold that to basic-error.
      if (status >= 400)
        return {
          outcome: 'schema',
          errors: this.basicError(body),
          schemaName: 'basic-error (status documented without a body)',
        };
      return { outcome: 'unexpected-body', errors: [] };
    }
    if (body === undefined) return { outcome: 'missing-body', errors: [] };
    const validate = this.validator(documented.schema);
    const ok = validate(body);
    return {
      outcome: 'schema',
      errors: ok ? [] : [...(validate.errors ?? [])],
      ...(documented.name ? { schemaName: documented.name } : {}),
    };
  }
}

/** Routes whose method and template GitHub's description does not have, or names differently. */
export function routesMissingFrom(
  description: OpenApiDescription,
  routes: readonly RouteSummary[],
): string[] {
  const problems: string[] = [];
  for (const route of routes) {
    const found = findOperation(description, route.method, route.path);
    if (!found) {
      problems.push(`${route.method} ${route.path}: not in ${description.name}`);
      continue;
    }
    if (found.operation.operationId !== route.operationId)
      problems.push(
        `${route.method} ${route.path}: operationId is ${String(found.operation.operationId)}, we say ${route.operationId}`,
      );
  }
  return problems;
}

export function formatErrors(errors: ErrorObject[]): string {
  return errors
    .slice(0, 8)
    .map(
      (e) =>
        `${e.instancePath || '(root)'} ${e.message ?? ''}${e.params ? ` ${JSON.stringify(e.params)}` : ''}`,
    )
    .join('; ');
}
