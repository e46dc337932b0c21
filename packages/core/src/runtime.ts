/**
 * The edges every action's pure `run(inputs, deps)` talks through. `main.ts` wires them to the
 * runner (@actions/core, process.env, the real clock); tests and the CLI pass their own.
 */

export interface AnnotationProperties {
  title?: string;
  file?: string;
  startLine?: number;
  endLine?: number;
  startColumn?: number;
  endColumn?: number;
}

export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  notice(message: string, properties?: AnnotationProperties): void;
  warning(message: string, properties?: AnnotationProperties): void;
  error(message: string, properties?: AnnotationProperties): void;
  startGroup(name: string): void;
  endGroup(): void;
}

export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/** Where an action's results go: step outputs and the job summary (markdown). */
export interface ResultSink {
  setOutput(name: string, value: string): void;
  appendSummary(markdown: string): void;
}

/** Environment lookup, so nothing reads process.env behind a test's back. */
export type Env = Readonly<Record<string, string | undefined>>;
