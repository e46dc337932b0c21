/** What an action tells the runner, through stdout commands and the files it appends to. */

export type AnnotationLevel = 'error' | 'warning' | 'notice';

export interface Annotation {
  level: AnnotationLevel;
  message: string;
  title?: string;
  file?: string;
  line?: number;
  endLine?: number;
  col?: number;
  endColumn?: number;
}

export interface StdoutCommand {
  command: string;
  properties: Record<string, string>;
  data: string;
}

export interface ParsedStdout {
  /** Lines a person sees in the log (commands removed, masks applied). */
  log: string[];
  commands: StdoutCommand[];
  annotations: Annotation[];
  masks: string[];
  debug: string[];
  groups: string[];
  /** Problems the runner would report (deprecated or disabled commands, unbalanced groups). */
  problems: string[];
}

function unescapeData(value: string): string {
  return value.replace(/%0D/gi, '\r').replace(/%0A/gi, '\n').replace(/%25/g, '%');
}

function unescapeProperty(value: string): string {
  return value
    .replace(/%0D/gi, '\r')
    .replace(/%0A/gi, '\n')
    .replace(/%3A/gi, ':')
    .replace(/%2C/gi, ',')
    .replace(/%25/g, '%');
}

const COMMAND_LINE = /^::([A-Za-z-]+)(?: ([^:]*))?::(.*)$/;

/** Parse one `::command key=value,…::data` line as the runner does; undefined for ordinary lines. */
export function parseCommandLine(line: string): StdoutCommand | undefined {
  const match = COMMAND_LINE.exec(line.trimStart());
  if (!match) return undefined;
  const properties: Record<string, string> = {};
  for (const pair of (match[2] ?? '').split(',')) {
    const eq = pair.indexOf('=');
    if (eq <= 0) continue;
    properties[pair.slice(0, eq).trim()] = unescapeProperty(pair.slice(eq + 1));
  }
  return { command: match[1]!.toLowerCase(), properties, data: unescapeData(match[3] ?? '') };
}

function toInt(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  return Number.isInteger(n) ? n : undefined;
}

function mask(line: string, masks: readonly string[]): string {
  let out = line;
  for (const secret of masks) if (secret !== '') out = out.split(secret).join('***');
  return out;
}

export function parseStdout(stdout: string): ParsedStdout {
  const result: ParsedStdout = {
    log: [],
    commands: [],
    annotations: [],
    masks: [],
    debug: [],
    groups: [],
    problems: [],
  };
  let stopToken: string | undefined;
  let depth = 0;
  for (const line of stdout.split(/\r?\n/)) {
    if (stopToken !== undefined) {
      // While commands are stopped, only the resume token is a command.
      if (line.trim() === `::${stopToken}::`) stopToken = undefined;
      else result.log.push(mask(line, result.masks));
      continue;
    }
    const command = parseCommandLine(line);
    if (!command) {
      result.log.push(mask(line, result.masks));
      continue;
    }
    result.commands.push(command);
    switch (command.command) {
      case 'error':
      case 'warning':
      case 'notice': {
        const p = command.properties;
        const annotation: Annotation = { level: command.command, message: command.data };
        if (p.title !== undefined) annotation.title = p.title;
        if (p.file !== undefined) annotation.file = p.file;
        const line = toInt(p.line);
        if (line !== undefined) annotation.line = line;
        const endLine = toInt(p.endLine);
        if (endLine !== undefined) annotation.endLine = endLine;
        const col = toInt(p.col);
        if (col !== undefined) annotation.col = col;
        const endColumn = toInt(p.endColumn);
        if (endColumn !== undefined) annotation.endColumn = endColumn;
        result.annotations.push(annotation);
        result.log.push(mask(`${command.command}: ${command.data}`, result.masks));
        break;
      }
      case 'add-mask':
        if (command.data !== '') result.masks.push(command.data);
        break;
      case 'debug':
        result.debug.push(command.data);
        break;
      case 'group':
        depth += 1;
        result.groups.push(command.data);
        result.log.push(mask(`▶ ${command.data}`, result.masks));
        break;
      case 'endgroup':
        if (depth === 0) result.problems.push('endgroup without group');
        else depth -= 1;
        break;
      case 'stop-commands':
        stopToken = command.data;
        break;
      case 'set-output':
      case 'save-state':
        result.problems.push(
          `deprecated command ::${command.command}:: (use the GITHUB_OUTPUT/GITHUB_STATE files)`,
        );
        break;
      case 'set-env':
      case 'add-path':
        result.problems.push(`disabled command ::${command.command}::`);
        break;
      default:
        result.log.push(mask(line, result.masks));
    }
  }
  return result;
}

/**
 * Parse a GITHUB_OUTPUT / GITHUB_STATE / GITHUB_ENV file: `name=value` lines and
 * `name<<DELIMITER` … `DELIMITER` blocks, as the runner reads them.
 */
export function parseFileCommand(text: string, file = 'file command'): Record<string, string> {
  const values: Record<string, string> = {};
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === '') continue;
    const eq = line.indexOf('=');
    const heredoc = line.indexOf('<<');
    if (eq > 0 && (heredoc < 0 || eq < heredoc)) {
      values[line.slice(0, eq)] = line.slice(eq + 1);
      continue;
    }
    if (heredoc <= 0) throw new Error(`${file}: invalid line ${i + 1}: ${JSON.stringify(line)}`);
    const name = line.slice(0, heredoc);
    const delimiter = line.slice(heredoc + 2);
    if (delimiter === '') throw new Error(`${file}: empty delimiter for ${name}`);
    const body: string[] = [];
    let closed = false;
    for (i += 1; i < lines.length; i++) {
      if (lines[i] === delimiter) {
        closed = true;
        break;
      }
      body.push(lines[i]!);
    }
    if (!closed) throw new Error(`${file}: matching delimiter not found for ${name}`);
    values[name] = body.join('\n');
  }
  return values;
}
