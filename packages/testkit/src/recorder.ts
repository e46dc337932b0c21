/** A Logger and a ResultSink for tests of an action's `run`: everything it logs and reports, kept in order. */
import type { AnnotationProperties, Logger, ResultSink } from '@autoheal/core/runtime';

export interface Recorded {
  level: 'debug' | 'info' | 'notice' | 'warning' | 'error';
  message: string;
  /** Present only when the message was logged with annotation properties. */
  properties?: AnnotationProperties;
}

export interface Recorder {
  log: Logger;
  sink: ResultSink;
  /** Every message, every level, in the order logged (groups are not recorded). */
  messages: Recorded[];
  /** Step outputs by name; a later value replaces an earlier one, as on the runner. */
  outputs: Record<string, string>;
  /** Each piece of markdown appended to the job summary. */
  summary: string[];
}

export function recorder(): Recorder {
  const messages: Recorded[] = [];
  const outputs: Record<string, string> = {};
  const summary: string[] = [];
  const at =
    (level: Recorded['level']) =>
    (message: string, properties?: AnnotationProperties): void => {
      messages.push(properties === undefined ? { level, message } : { level, message, properties });
    };
  return {
    messages,
    outputs,
    summary,
    log: {
      debug: at('debug'),
      info: at('info'),
      notice: at('notice'),
      warning: at('warning'),
      error: at('error'),
      startGroup: () => {},
      endGroup: () => {},
    },
    sink: {
      setOutput: (name, value) => {
        outputs[name] = value;
      },
      appendSummary: (markdown) => {
        summary.push(markdown);
      },
    },
  };
}
