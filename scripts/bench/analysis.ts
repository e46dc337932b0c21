/**
 * `pnpm bench:analysis`: the analyzer on every CiDiff case, with the green log as baseline and
 * without. Per case and in total: category accuracy (primary or also-accepted label), line
 * precision/recall/F1 against the ground truth's E and C lines, lines shown, and the calibration
 * of confidence (of what we call ≥ 0.8, how much is right). Then the multi-ecosystem set and its
 * leave-one-ecosystem-out split (ecosystem-set.ts).
 */
import { type Analysis, analyzeFile } from '@autoheal/core/analyzer/analyze';
import * as fixtures from '@autoheal/fixtures';
import { ecosystemReport } from './ecosystem-set.js';
import { mean, median } from './stats.js';

interface CaseResult {
  name: string;
  category: string;
  right: boolean;
  confidence: number;
  precision: number;
  recall: number;
  f1: number;
  shown: number;
  gold: number;
  findings: { category: string; confidence: number; right: boolean; hitsGold: boolean }[];
}

function score(
  analysis: Analysis,
  gold: Set<number>,
  accepted: (c: string) => boolean,
): Omit<CaseResult, 'name'> {
  const shown = new Set<number>();
  for (const f of analysis.findings)
    for (const r of f.lines) for (let n = r.start; n <= r.end; n++) shown.add(n);
  let both = 0;
  for (const n of shown) if (gold.has(n)) both += 1;
  const precision = shown.size === 0 ? 0 : both / shown.size;
  const recall = shown.size === 0 || gold.size === 0 ? 0 : both / gold.size;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return {
    category: analysis.category,
    right: accepted(analysis.category),
    confidence: analysis.confidence,
    precision,
    recall,
    f1,
    shown: shown.size,
    gold: gold.size,
    findings: analysis.findings.map((f) => ({
      category: f.category,
      confidence: f.confidence,
      right: accepted(f.category),
      hitsGold: f.lines.some((r) => {
        for (let n = r.start; n <= r.end; n++) if (gold.has(n)) return true;
        return false;
      }),
    })),
  };
}

const fmt = (x: number) => x.toFixed(2);

function report(title: string, results: CaseResult[]): void {
  console.log(`\n== ${title} ==`);
  console.log(`${'case'.padEnd(28)} ${'category'.padEnd(20)} ok  conf  P     R     F1    shown  gold`);
  for (const r of results) {
    console.log(
      `${r.name.padEnd(28)} ${r.category.padEnd(20)} ${r.right ? 'Y ' : 'n '}  ${fmt(r.confidence)}  ${fmt(r.precision)}  ${fmt(r.recall)}  ${fmt(r.f1)}  ${String(r.shown).padStart(5)}  ${String(r.gold).padStart(5)}`,
    );
  }
  const accuracy = mean(results.map((r) => (r.right ? 1 : 0)));
  console.log(
    `TOTAL ${title}: cases ${results.length}  category accuracy ${fmt(accuracy)}  P ${fmt(mean(results.map((r) => r.precision)))}  R ${fmt(mean(results.map((r) => r.recall)))}  F1 ${fmt(mean(results.map((r) => r.f1)))}  median lines shown ${median(results.map((r) => r.shown))}`,
  );
  const bins: [string, (c: number) => boolean][] = [
    ['>= 0.8', (c) => c >= 0.8],
    ['0.5-0.8', (c) => c >= 0.5 && c < 0.8],
    ['< 0.5', (c) => c < 0.5],
  ];
  for (const [name, inBin] of bins) {
    const runs = results.filter((r) => inBin(r.confidence));
    const findings = results.flatMap((r) => r.findings).filter((f) => inBin(f.confidence));
    console.log(
      `  calibration ${name.padEnd(8)} runs ${runs.filter((r) => r.right).length}/${runs.length} right; findings ${findings.filter((f) => f.right && f.hitsGold).length}/${findings.length} right (category accepted and lines on the ground truth)`,
    );
  }
}

const cases = fixtures.listCases();
for (const withBaseline of [true, false]) {
  const results: CaseResult[] = [];
  for (const c of cases) {
    const analysis = await analyzeFile(c.failLog, withBaseline ? { baselinePath: c.passLog } : {});
    const label = c.label;
    const accepted = (category: string) => (label ? fixtures.isAccepted(label, category) : false);
    results.push({ name: c.name, ...score(analysis, fixtures.goldLines(c.groundTruth), accepted) });
  }
  report(withBaseline ? 'with baseline (pass.log)' : 'without baseline', results);
}

await ecosystemReport();
