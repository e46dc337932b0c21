import { describe, it } from 'vitest';
import { nativeRustRubyCases as cases } from './native-rust-ruby.cases.js';
import { checkCase, checkMiss } from './rule-cases.js';

describe('native, Rust, Ruby and generic rules', () => {
  for (const c of cases) it(`${c.rule}: ${c.line.slice(0, 70)}`, () => checkCase(c));

  it('does not take look-alikes', () => {
    checkMiss('cc.error', 'src/main.c:12:5: warning: unused variable');
    checkCase({ rule: 'rspec.summary', line: '24 examples, 0 failures', category: null });
    checkMiss('ci.drift-check', 'Everything is up-to-date.');
  });
});
