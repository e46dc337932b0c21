import { describe, expect, it } from 'vitest';
import { recorder } from '../src/recorder.js';

describe('recorder', () => {
  it('keeps every message in order, with annotation properties only when given', () => {
    const rec = recorder();
    rec.log.debug('d');
    rec.log.info('i');
    rec.log.startGroup('g');
    rec.log.notice('n');
    rec.log.endGroup();
    rec.log.warning('w', { file: 'a.yml', startLine: 3 });
    rec.log.error('e');
    expect(rec.messages).toEqual([
      { level: 'debug', message: 'd' },
      { level: 'info', message: 'i' },
      { level: 'notice', message: 'n' },
      { level: 'warning', message: 'w', properties: { file: 'a.yml', startLine: 3 } },
      { level: 'error', message: 'e' },
    ]);
    expect('properties' in rec.messages[0]!).toBe(false);
  });

  it('keeps the last value of each output and every piece of the summary', () => {
    const rec = recorder();
    rec.sink.setOutput('result', 'skipped');
    rec.sink.setOutput('result', 'filed');
    rec.sink.appendSummary('# one');
    rec.sink.appendSummary('two');
    expect(rec.outputs).toEqual({ result: 'filed' });
    expect(rec.summary).toEqual(['# one', 'two']);
  });

  it('gives each recorder its own records', () => {
    const a = recorder();
    const b = recorder();
    a.log.info('only a');
    a.sink.setOutput('x', '1');
    expect(b.messages).toEqual([]);
    expect(b.outputs).toEqual({});
  });
});
