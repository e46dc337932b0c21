/**
 * `pnpm bench:blind`: the analyzer, as shipped, on the blind set (packages/fixtures/blind; issue 15),
 * each case raw (the build's outputs one after another) and as the Travis job log of the whole
 * build. Per ecosystem and overall: found (some shown line is gold), line precision, recall and F1
 * (per case, averaged), and lines shown (median, max, share over 15); the same within the first
 * 15 lines shown, since that is all a reader is promised. Then every miss with the rule that won
 * and the first lines shown, so a rule engineer can see the mechanism that failed.
 *
 * Measured from outside: the analyzer is called through `analyzeFile` on a file, like a user would.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type Analysis, analyzeFile } from '@autoheal/core/analyzer/analyze';
import { stripAnsi } from '@autoheal/core/log/clean';
import * as fixtures from '@autoheal/fixtures';
import { mean, median } from './stats.js';

/** The outside targets on real Travis logs (issue 15). */
const TARGET = { recall: 0.6, f1: 0.35, maxLines: 15 };
const SHOWN_CAP = 15;

interface Score {
  found: boolean;
  precision: number;
  recall: number;
  f1: number;
  shown: number;
}

interface Row {
  id: string;
  ecosystem: string;
  format: 'raw' | 'travis';
  category: string;
  expected: string;
  all: Score;
  first15: Score;
  rule: string;
  /** Travis runs of builds where several commands failed: whether the first line shown is the first failing command's. */
  firstFailingStep?: boolean;
  firstShown: string[];
  goldLine: string;
}

/** Shown lines in the order a reader meets them: findings by rank, each finding's lines in order. */
function shownInOrder(analysis: Analysis): number[] {
  const seen = new Set<number>();
  const out: number[] = [];
  for (const f of analysis.findings)
    for (const r of f.lines)
      for (let n = r.start; n <= r.end; n++)
        if (!seen.has(n)) {
          seen.add(n);
          out.push(n);
        }
  return out;
}

function score(shown: readonly number[], gold: ReadonlySet<number>): Score {
  let both = 0;
  for (const n of shown) if (gold.has(n)) both += 1;
  const precision = shown.length === 0 ? 0 : both / shown.length;
  const recall = gold.size === 0 ? 0 : both / gold.size;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { found: both > 0, precision, recall, f1, shown: shown.length };
}

const fmt = (x: number) => x.toFixed(2);

function totals(rows: readonly Row[], pick: (r: Row) => Score = (r) => r.all): string {
  if (rows.length === 0) return 'no cases';
  const s = rows.map(pick);
  const shown = s.map((x) => x.shown);
  return [
    `n ${String(rows.length).padStart(3)}`,
    `found ${fmt(mean(s.map((x) => (x.found ? 1 : 0))))}`,
    `P ${fmt(mean(s.map((x) => x.precision)))}`,
    `R ${fmt(mean(s.map((x) => x.recall)))}`,
    `F1 ${fmt(mean(s.map((x) => x.f1)))}`,
    `lines ${String(median(shown)).padStart(4)} median ${String(Math.max(...shown)).padStart(4)} max`,
    `>15 ${fmt(mean(shown.map((n) => (n > SHOWN_CAP ? 1 : 0))))}`,
    `none ${s.filter((x) => x.shown === 0).length}`,
  ].join('  ');
}

function clip(line: string): string {
  const clean = stripAnsi(line).replace(/\t/g, ' ');
  return clean.length > 110 ? `${clean.slice(0, 107)}...` : clean;
}

async function analyse(text: string, dir: string, name: string): Promise<Analysis> {
  const file = path.join(dir, name);
  writeFileSync(file, text);
  return analyzeFile(file);
}

export async function blindReport(): Promise<Row[]> {
  const cases = fixtures.listBlindCases();
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'autoheal-bench-blind-'));
  const rows: Row[] = [];
  try {
    for (const c of cases) {
      const raw = readFileSync(c.log, 'utf8');
      const travis = fixtures.travisBuild(c, raw);
      for (const [format, text, gold] of [
        ['raw', raw, c.gold],
        ['travis', travis.text, travis.gold],
      ] as const) {
        const analysis = await analyse(text, tmp, `${c.ecosystem}-${c.name}-${format}.log`);
        const order = shownInOrder(analysis);
        const lines = text.split(/\r\n|\r|\n/);
        const firstGold = [...gold].sort((a, b) => a - b)[0] ?? 0;
        const failing = c.steps.flatMap((s, i) => (s.exit !== 0 && s.phase !== 'after_failure' ? [i] : []));
        let firstFailingStep: boolean | undefined;
        if (format === 'travis' && failing.length > 1 && order.length > 0) {
          const i = failing[0]!;
          const start = travis.stepStart[i]!;
          firstFailingStep = order[0]! >= start && order[0]! < start + c.steps[i]!.lines;
        }
        rows.push({
          id: c.id,
          ecosystem: c.ecosystem,
          format,
          category: analysis.category,
          expected: c.category,
          all: score(order, gold),
          first15: score(order.slice(0, SHOWN_CAP), gold),
          rule: analysis.findings[0]?.rule ?? '(no finding)',
          ...(firstFailingStep === undefined ? {} : { firstFailingStep }),
          firstShown: order.slice(0, 4).map((n) => `${String(n).padStart(5)}: ${clip(lines[n - 1] ?? '')}`),
          goldLine: `${String(firstGold).padStart(5)}: ${clip(lines[firstGold - 1] ?? '')}`,
        });
      }
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }

  console.log(
    `# Blind set: ${cases.length} cases in ${new Set(cases.map((c) => c.ecosystem)).size} ecosystems, each raw and as a Travis job log`,
  );
  console.log('(found: some shown line is gold; P, R, F1 over lines, averaged per case; lines: lines shown;');
  console.log(' >15: share of runs showing more than 15 lines; none: runs showing no line at all)');
  for (const format of ['raw', 'travis'] as const) {
    const mine = rows.filter((r) => r.format === format);
    console.log(`\n== ${format}: everything shown ==`);
    for (const e of [...new Set(mine.map((r) => r.ecosystem))].sort())
      console.log(`  ${e.padEnd(10)} ${totals(mine.filter((r) => r.ecosystem === e))}`);
    console.log(`  ${'ALL'.padEnd(10)} ${totals(mine)}`);
    console.log(
      `  ${'ALL@15'.padEnd(10)} ${totals(mine, (r) => r.first15)}   (only the first ${SHOWN_CAP} lines shown)`,
    );
    console.log(`  category right ${fmt(mean(mine.map((r) => (r.category === r.expected ? 1 : 0))))}`);
  }

  const travis = rows.filter((r) => r.format === 'travis');
  const recall = mean(travis.map((r) => r.first15.recall));
  const found = mean(travis.map((r) => (r.first15.found ? 1 : 0)));
  const f1 = mean(travis.map((r) => r.first15.f1));
  console.log('\n== against the outside targets (Travis logs, first 15 lines shown) ==');
  console.log(
    `  found ${fmt(found)} / line recall ${fmt(recall)} (target ≥ ${TARGET.recall})  F1 ${fmt(f1)} (target ≥ ${TARGET.f1})  median lines shown ${median(travis.map((r) => r.all.shown))} (target ≤ ${TARGET.maxLines})`,
  );

  console.log('\n== misses (no gold line among everything shown) ==');
  for (const r of rows.filter((x) => !x.all.found)) {
    console.log(
      `- ${r.id} [${r.format}] category ${r.category} (expected ${r.expected}), rule ${r.rule}, ${r.all.shown} lines shown`,
    );
    console.log(`    gold  ${r.goldLine}`);
    for (const l of r.firstShown) console.log(`    shown ${l}`);
  }
  const multi = travis.filter((r) => r.firstFailingStep !== undefined);
  console.log(
    `\n== builds where several commands failed: the first line shown is in the first failing command in ${multi.filter((r) => r.firstFailingStep).length} of ${multi.length} ==`,
  );
  for (const r of multi.filter((x) => !x.firstFailingStep))
    console.log(`- ${r.id} rule ${r.rule}; first shown ${r.firstShown[0]?.trim() ?? ''}`);
  console.log('\n== found, but mostly noise (Travis logs, precision < 0.25 within the first 15 lines) ==');
  for (const r of travis.filter((x) => x.first15.found && x.first15.precision < 0.25))
    console.log(
      `- ${r.id} rule ${r.rule}: ${r.all.shown} lines shown, P@15 ${fmt(r.first15.precision)}; first: ${r.firstShown[0]?.trim() ?? ''}`,
    );
  const late = rows.filter((x) => x.all.found && !x.first15.found);
  if (late.length > 0) {
    console.log(`\n== found, but only after the first ${SHOWN_CAP} lines shown ==`);
    for (const r of late) console.log(`- ${r.id} [${r.format}] rule ${r.rule}, ${r.all.shown} lines shown`);
  }
  return rows;
}

if (process.argv[1] && import.meta.url === `file://${path.resolve(process.argv[1])}`) await blindReport();
