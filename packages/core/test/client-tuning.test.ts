import { describe, expect, it } from 'vitest';
import { clientTuning } from '../src/client-tuning.js';
import { ConfigurationError } from '../src/errors.js';

describe('client tuning knobs', () => {
  it('leaves GitHub’s real waits alone when unset', () => {
    expect(clientTuning({})).toEqual({});
    expect(clientTuning({ AUTOHEAL_WAIT_SCALE_MS: ' ' })).toEqual({});
  });

  it('scales waits and write pacing for tests', () => {
    expect(clientTuning({ AUTOHEAL_WAIT_SCALE_MS: '1', AUTOHEAL_WRITE_PACING_MS: '0' })).toEqual({
      waitScaleMs: 1,
      pacing: { writeMs: 0, notifyMs: 0 },
    });
  });

  it('refuses anything but whole milliseconds, naming the variable', () => {
    expect(() => clientTuning({ AUTOHEAL_WAIT_SCALE_MS: '1.5' })).toThrow(ConfigurationError);
    expect(() => clientTuning({ AUTOHEAL_WRITE_PACING_MS: '-1' })).toThrow(
      /AUTOHEAL_WRITE_PACING_MS must be a whole number/,
    );
    expect(() => clientTuning({ AUTOHEAL_WAIT_SCALE_MS: 'fast' })).toThrow(
      /AUTOHEAL_WAIT_SCALE_MS must be a whole number/,
    );
    expect(() => clientTuning({ AUTOHEAL_WAIT_SCALE_MS: '-5' })).toThrow(
      /AUTOHEAL_WAIT_SCALE_MS must be a whole number/,
    );
  });
});
