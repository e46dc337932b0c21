import type { ActionMetadata } from '@autoheal/testkit/harness/action-metadata';

export const DOCS_START =
  '<!-- action-docs:start (generated from action.yml by `pnpm build`; do not edit) -->';
export const DOCS_END = '<!-- action-docs:end -->';

function cell(text: string | undefined): string {
  return (text ?? '')
    .trim()
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\|/g, '\\|');
}

/** The inputs and outputs tables of an action's README, from its action.yml. */
export function renderActionDocs(metadata: ActionMetadata): string {
  const lines = [
    '### Inputs',
    '',
    '| Input | Description | Required | Default |',
    '| --- | --- | --- | --- |',
  ];
  for (const [name, input] of Object.entries(metadata.inputs)) {
    const def =
      input.default === undefined ? '' : input.default === '' ? '`""`' : `\`${cell(input.default)}\``;
    lines.push(`| \`${name}\` | ${cell(input.description)} | ${input.required ? 'yes' : 'no'} | ${def} |`);
  }
  lines.push('', '### Outputs', '', '| Output | Description |', '| --- | --- |');
  for (const [name, output] of Object.entries(metadata.outputs))
    lines.push(`| \`${name}\` | ${cell(output.description)} |`);
  return lines.join('\n');
}

/** The README with its generated section replaced; throws when the README has no markers. */
export function updateReadme(readme: string, docs: string, file = 'README.md'): string {
  const start = readme.indexOf(DOCS_START);
  const end = readme.indexOf(DOCS_END);
  if (start < 0 || end < start)
    throw new Error(`${file}: add the generated-docs markers:\n${DOCS_START}\n${DOCS_END}`);
  return `${readme.slice(0, start + DOCS_START.length)}\n${docs}\n${readme.slice(end)}`;
}

/** Problems with an action.yml that users would meet: undocumented inputs, the wrong runtime. */
export function lintActionMetadata(metadata: ActionMetadata, file: string): string[] {
  const problems: string[] = [];
  if (metadata.runs.using !== 'node24')
    problems.push(`${file}: runs.using must be node24 (GitHub retired node20), not ${metadata.runs.using}`);
  if (metadata.runs.main !== 'dist/index.js') problems.push(`${file}: runs.main must be dist/index.js`);
  if (!metadata.name) problems.push(`${file}: name is missing`);
  if (!metadata.description) problems.push(`${file}: description is missing`);
  if (!metadata.branding?.icon || !metadata.branding.color)
    problems.push(`${file}: branding.icon and branding.color are required`);
  for (const [name, input] of Object.entries(metadata.inputs)) {
    if (!input.description) problems.push(`${file}: input ${name} has no description`);
    if (!/^[a-z][a-z0-9-]*$/.test(name)) problems.push(`${file}: input ${name} should be kebab-case`);
  }
  for (const [name, output] of Object.entries(metadata.outputs)) {
    if (!output.description) problems.push(`${file}: output ${name} has no description`);
  }
  return problems;
}
