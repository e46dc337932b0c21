import { afterEach, describe, expect, it, vi } from 'vitest';
import { maskSecret } from '../src/run-main.js';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('masking a secret', () => {
  it('issues ::add-mask:: with the value escaped, so a newline cannot end the command early', () => {
    const written: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
    maskSecret('https://hooks.example/a%b\r\nc');
    expect(written.join('')).toBe('::add-mask::https://hooks.example/a%25b%0D%0Ac\n');
  });
});
