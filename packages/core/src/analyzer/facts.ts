/** Facts a finding carries for fixers and for the issue: what is missing, where, which test. */
export interface SourceLocation {
  file: string;
  line?: number;
  column?: number;
  message?: string;
}

export interface Facts {
  /** The tool whose output the finding comes from (tsc, pytest, npm, maven, runner…). */
  tool?: string;
  /** A module an import could not find (`yaml`, `lodash/fp`). */
  module?: string;
  /** A package or artifact that could not be resolved or installed. */
  package?: string;
  /** A command the shell or a program could not find. */
  command?: string;
  /** A file that does not exist. */
  file?: string;
  /** Compiler and linter error locations. */
  locations?: SourceLocation[];
  /** Failing tests, as the runner names them. */
  tests?: string[];
  exitCode?: number;
  /** The step (GitHub Actions) the finding is in. */
  step?: string;
  timeoutMinutes?: number;
  /** The toolchain a mismatch is about (node, python, java, go, rust, ruby…), with versions. */
  toolchain?: string;
  requiredVersion?: string;
  actualVersion?: string;
  /** A secret or input that was empty or missing. */
  secret?: string;
  /** A URL or host the job failed to reach. */
  host?: string;
  /** A docker image involved in the failure. */
  image?: string;
  /** A lint rule or compiler code (TS2304, F401, no-undef, U1000). */
  code?: string;
  /** The heap or memory that ran out (`js-heap`, `disk`, `memory`). */
  resource?: 'disk' | 'memory' | 'js-heap' | 'file-descriptors' | 'processes';
}

/** Merge facts found on several lines of one finding: lists accumulate, first scalar wins. */
export function mergeFacts(into: Facts, from: Facts): Facts {
  for (const [key, value] of Object.entries(from) as [keyof Facts, Facts[keyof Facts]][]) {
    if (value === undefined) continue;
    if (key === 'locations') {
      into.locations ??= [];
      const list = into.locations;
      for (const loc of value as SourceLocation[]) {
        if (
          list.length < 50 &&
          !list.some((l) => l.file === loc.file && l.line === loc.line && l.column === loc.column)
        )
          list.push(loc);
      }
    } else if (key === 'tests') {
      into.tests ??= [];
      const list = into.tests;
      for (const t of value as string[]) if (list.length < 50 && !list.includes(t)) list.push(t);
    } else if (into[key] === undefined) {
      (into as Record<string, unknown>)[key] = value;
    }
  }
  return into;
}
