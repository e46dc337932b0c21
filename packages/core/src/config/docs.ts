import { CONFIG_SCHEMA } from './schema.js';
import { type DocRow, isSection, type Setting } from './settings.js';
import { kebabCase } from './text.js';

/** A default as it would be written in the file (JSON flow style is valid YAML). */
function formatDefault(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (Array.isArray(value)) return `[${value.map((v) => JSON.stringify(v)).join(', ')}]`;
  return JSON.stringify(value);
}

function collect(setting: Setting<unknown>, path: string, out: DocRow[]): DocRow[] {
  if (!isSection(setting)) return out;
  for (const [name, field] of Object.entries(setting.fields)) {
    const key = path === '' ? kebabCase(name) : `${path}.${kebabCase(name)}`;
    if (isSection(field)) {
      out.push({ key, type: 'map', description: field.description });
      collect(field, key, out);
      continue;
    }
    const shown = formatDefault(field.default);
    out.push({
      key,
      type: field.type,
      ...(shown === undefined ? {} : { default: shown }),
      description: field.description,
    });
    if (field.rows) out.push(...field.rows(key));
  }
  return out;
}

/** Every key of `.github/autoheal.yml`, in file order, with sections before their settings. */
export function configDocRows(): DocRow[] {
  return collect(CONFIG_SCHEMA, '', []);
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

function code(text: string): string {
  return `\`${text}\``;
}

/** The markdown table of settings for the README: key, type, default, description. */
export function renderConfigTable(): string {
  const lines = ['| Key | Type | Default | Description |', '| --- | --- | --- | --- |'];
  for (const row of configDocRows()) {
    const def = row.default === undefined ? '' : code(row.default);
    lines.push(`| ${cell(code(row.key))} | ${cell(row.type)} | ${cell(def)} | ${cell(row.description)} |`);
  }
  return `${lines.join('\n')}\n`;
}
