/**
 * The multi-ecosystem part of `pnpm bench:analysis`: every recorded case of
 * `packages/fixtures/ecosystems` analysed raw and wrapped in Travis, GitLab and Jenkins job logs
 * (`wrapInCi`), reported per ecosystem, tune and held-out apart. Then
 * leave-one-ecosystem-out: each ecosystem analysed with the rules that recognise its output
 * removed, the scored fallback against the old tail fallback.
 */

import { readFileSync } from 'node:fs';
import { type Analysis, analyzeLog } from '@autoheal/core/analyzer/analyze';
import { builtinRuleSet } from '@autoheal/core/analyzer/builtin-rules';
import { stripAnsi } from '@autoheal/core/log/clean';
import * as fixtures from '@autoheal/fixtures';
import { mean, median } from './stats.js';

type EcosystemCase = fixtures.EcosystemCase;

/** The CI formats each case is also wrapped in. */
export const WRAP_FORMATS = ['travis', 'gitlab', 'jenkins'] as const;

export interface Variant {
  caseId: string;
  ecosystem: string;
  split: 'tune' | 'held-out';
  format: 'raw' | (typeof WRAP_FORMATS)[number];
  text: string;
  gold: Set<number>;
}

export function variantsOf(cases: readonly EcosystemCase[]): Variant[] {
  const out: Variant[] = [];
  for (const c of cases) {
    const text = readFileSync(c.log, 'utf8');
    const base = { caseId: c.id, ecosystem: c.ecosystem, split: c.split };
    out.push({ ...base, format: 'raw', text, gold: c.gold });
    for (const format of WRAP_FORMATS) {
      const wrapped = fixtures.wrapInCi(format, { command: c.command, output: text, exit: c.exit });
      out.push({ ...base, format, text: wrapped.text, gold: fixtures.shiftGold(c.gold, wrapped) });
    }
  }
  return out;
}

export interface LineScore {
  /** Some shown line is gold. */
  found: boolean;
  precision: number;
  recall: number;
  f1: number;
  shown: number;
}

export function scoreLines(analysis: Analysis, gold: ReadonlySet<number>): LineScore {
  const shown = new Set<number>();
  for (const f of analysis.findings)
    for (const r of f.lines) for (let n = r.start; n <= r.end; n++) shown.add(n);
  let both = 0;
  for (const n of shown) if (gold.has(n)) both += 1;
  const precision = shown.size === 0 ? 0 : both / shown.size;
  const recall = gold.size === 0 ? 0 : both / gold.size;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { found: both > 0, precision, recall, f1, shown: shown.size };
}

/**
 * The rules that recognise an ecosystem's output: those matching a line of its raw recordings,
 * less the CI-level and tool-independent ones (runner, Jenkins, `any`), which stay for every tool.
 */
export function rulesOf(cases: readonly EcosystemCase[]): string[] {
  const rules = builtinRuleSet();
  const ids = new Set<string>();
  for (const c of cases) {
    for (const raw of readFileSync(c.log, 'utf8').split(/\r\n|\r|\n/)) {
      const line = stripAnsi(raw);
      const view = Buffer.from(line, 'utf8').toString('latin1');
      for (const hit of rules.match(view, line))
        if (!['runner', 'jenkins', 'any'].includes(hit.rule.tool)) ids.add(hit.rule.id);
    }
  }
  return [...ids].sort();
}

const fmt = (x: number) => x.toFixed(2);

interface Row {
  variant: Variant;
  score: LineScore;
}

function totals(rows: readonly Row[]): string {
  if (rows.length === 0) return 'no cases';
  const s = rows.map((r) => r.score);
  return `n ${String(rows.length).padStart(3)}  found ${fmt(mean(s.map((x) => (x.found ? 1 : 0))))}  P ${fmt(mean(s.map((x) => x.precision)))}  R ${fmt(mean(s.map((x) => x.recall)))}  F1 ${fmt(mean(s.map((x) => x.f1)))}  lines ${String(median(s.map((x) => x.shown))).padStart(4)} median, ${String(Math.max(...s.map((x) => x.shown))).padStart(4)} max`;
}

function byEcosystem(title: string, rows: readonly Row[]): void {
  console.log(`\n== ${title} ==`);
  console.log('(found: some shown line is gold; P, R, F1 over lines, averaged per case; lines: lines shown)');
  const ecosystems = [...new Set(rows.map((r) => r.variant.ecosystem))].sort();
  for (const split of ['tune', 'held-out'] as const) {
    const inSplit = rows.filter((r) => r.variant.split === split);
    console.log(`-- ${split}`);
    for (const e of ecosystems) {
      const mine = inSplit.filter((r) => r.variant.ecosystem === e);
      if (mine.length > 0) console.log(`  ${e.padEnd(14)} ${totals(mine)}`);
    }
    console.log(`  ${'ALL'.padEnd(14)} ${totals(inSplit)}`);
  }
  const formats = [...new Set(rows.map((r) => r.variant.format))];
  for (const f of formats)
    console.log(`  format ${f.padEnd(7)} ${totals(rows.filter((r) => r.variant.format === f))}`);
}

async function analyse(v: Variant, options: Parameters<typeof analyzeLog>[1]): Promise<Row> {
  const analysis = await analyzeLog(v.text, options);
  return { variant: v, score: scoreLines(analysis, v.gold) };
}

export async function ecosystemReport(): Promise<void> {
  const cases = fixtures.listEcosystemCases();
  const variants = variantsOf(cases);
  console.log(
    `\n# Multi-ecosystem set: ${cases.length} recorded cases (${cases.filter((c) => c.split === 'held-out').length} held out), ${variants.length} variants (raw + ${WRAP_FORMATS.join(', ')})`,
  );
  const all: Row[] = [];
  for (const v of variants) all.push(await analyse(v, {}));
  byEcosystem('all rules, scored fallback', all);

  // Leave one ecosystem out: its rules removed, the fallback alone has to find its failures.
  const scored: Row[] = [];
  const tail: Row[] = [];
  console.log('\n== leave-one-ecosystem-out: rules removed per ecosystem ==');
  for (const e of [...new Set(cases.map((c) => c.ecosystem))].sort()) {
    const without = rulesOf(cases.filter((c) => c.ecosystem === e));
    console.log(`  ${e.padEnd(14)} ${without.length === 0 ? '(none match)' : without.join(' ')}`);
    for (const v of variants.filter((x) => x.ecosystem === e)) {
      scored.push(await analyse(v, { withoutRules: without, fallback: 'scored' }));
      tail.push(await analyse(v, { withoutRules: without, fallback: 'tail' }));
    }
  }
  byEcosystem('leave-one-ecosystem-out, scored fallback', scored);
  byEcosystem('leave-one-ecosystem-out, old tail fallback', tail);
}
