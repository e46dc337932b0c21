import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { type EcosystemCase, listEcosystemCases } from '../../../fixtures/src/ecosystems.js';
import { analyzeFile } from '../../src/analyzer/analyze.js';
import { expectReasonShown } from './reason-shown.js';

/**
 * Public logs of the tools mobile and cross-platform projects fail on, with no Debian package to
 * record them: `dart test` and `flutter test` (JetCAD's transcripts, package:test's reporter
 * tests), CocoaPods' resolver (the messages its specs assert), Carthage (READMEs and blog posts quoting it), Credo (plugin READMEs, its guides)
 * and Pest (its output snapshots). On the tune split the analyzer shows a gold line, in at most 15
 * lines, and names the recorded category (swift/, elixir/ and php/ cases are also in their
 * ecosystems' tests); held-out cases are measured by `pnpm bench:analysis`, never asserted here.
 */
const MOBILE = /^(?:dart\/|swift\/cocoapods-|swift\/carthage-|elixir\/credo-|php\/pest-)/;
const all = listEcosystemCases().filter((c) => MOBILE.test(c.id));
const tune = all.filter((c) => c.split === 'tune');

function tuneCase(id: string): EcosystemCase {
  const c = tune.find((x) => x.id === id);
  if (!c) throw new Error(`${id} is not a tune case`);
  return c;
}

async function shownText(c: EcosystemCase): Promise<string[]> {
  const a = await expectReasonShown(c);
  return a.findings.flatMap((f) => f.excerpt.map((l) => l.text));
}

describe('Dart/Flutter, CocoaPods, Carthage, Credo and Pest public logs', () => {
  it('has cases of each tool to tune on, and some held out', () => {
    for (const prefix of [
      'dart/dart-test-',
      'dart/flutter-test-',
      'swift/cocoapods-',
      'swift/carthage-',
      'elixir/credo-',
      'php/pest-',
    ])
      expect(
        tune.some((c) => c.id.startsWith(prefix)),
        prefix,
      ).toBe(true);
    expect(all.length - tune.length).toBeGreaterThan(0);
  });

  it.each(tune.map((c) => [c.id, c] as const))(
    '%s: shows the reason, briefly, and names it',
    async (_id, c) => {
      await expectReasonShown(c);
    },
  );

  it('Carthage: the fat-framework refusal is shown with its --use-xcframeworks advice, as a toolchain mismatch', async () => {
    const c = tuneCase('swift/carthage-common-architectures');
    const text = await shownText(c);
    expect(text).toContain('Rebuild with --use-xcframeworks to create an xcframework bundle instead.');
    const a = await expectReasonShown(c);
    expect(a.category).toBe('toolchain_mismatch');
    expect(a.findings[0]?.facts?.package).toBe('ZLPhotoBrowser');
  });

  it("Carthage: a failed lipo task shows lipo's own error and Carthage's advice, as a toolchain mismatch", async () => {
    const c = tuneCase('swift/carthage-lipo-same-architectures');
    const a = await expectReasonShown(c);
    const text = a.findings.flatMap((f) => f.excerpt.map((l) => l.text));
    expect(
      text.some((t) =>
        t.endsWith("have the same architectures (arm64) and can't be in the same fat output file"),
      ),
    ).toBe(true);
    expect(text).toContain('Rebuild with --use-xcframeworks to create an xcframework bundle instead.');
    expect(a.category).toBe('toolchain_mismatch');
    // Fetching and checking out are progress, not the failure.
    expect(text.some((t) => t.startsWith('*** Fetching ') || t.startsWith('*** Checking out '))).toBe(false);
  });

  it("Carthage: xcrun's missing xcodebuild is the reason, shown with the task that needed it", async () => {
    const c = tuneCase('swift/carthage-xcodebuild-not-found');
    const a = await expectReasonShown(c);
    expect(a.category).toBe('missing_command');
    expect(a.findings[0]?.rule).toBe('xcrun.missing-utility');
    expect(a.findings[0]?.facts?.command).toBe('xcodebuild');
    const text = a.findings.flatMap((f) => f.excerpt.map((l) => l.text));
    expect(text.some((t) => t.startsWith('A shell task (/usr/bin/xcrun xcodebuild -project '))).toBe(true);
  });

  it("Carthage: a compiler error in the xcodebuild output it quotes outranks Carthage's own failed-task line", async () => {
    // xcodebuild's transcript (xcpretty's test data) followed by Carthage's line for a failed task:
    // its lipo line alone reads as a toolchain mismatch, which must not win over the compiler.
    const compile = listEcosystemCases().find((x) => x.id === 'swift/xcpretty-objc-compile')!;
    const carthage = tuneCase('swift/carthage-lipo-same-architectures');
    const task = readFileSync(carthage.log, 'utf8')
      .split('\n')
      .find((l) => l.startsWith('A shell task ('))!;
    const dir = mkdtempSync(path.join(tmpdir(), 'carthage-'));
    const log = path.join(dir, 'output.log');
    writeFileSync(log, `${readFileSync(compile.log, 'utf8')}${task}\n`);
    const a = await analyzeFile(log);
    expect(a.category).toBe('compile_error');
    expect(a.findings[0]?.keyLine).toContain("error: use of undeclared identifier 'trololo'");
    expect(a.findings.findIndex((f) => f.rule === 'carthage.shell-task')).not.toBe(0);
  });

  it("flutter test: the widget test's Expected/Actual and reason are shown, not only its [E] line", async () => {
    const text = await shownText(tuneCase('dart/flutter-test-widget-failure'));
    expect(text).toContain('Expected: <0>');
    expect(text).toContain('  Actual: <512>');
    expect(text).toContain('a moving frame must bake nothing');
  });

  it("flutter test: a test file that does not compile shows the compiler's errors once, not flutter's indented copies", async () => {
    const text = await shownText(tuneCase('dart/flutter-test-compile-error'));
    expect(text).toContain(
      "test/flutter_text_measurer_test.dart:33:35: Error: No named parameter with the name 'paragraphLimit'.",
    );
    expect(text.some((t) => t.startsWith('  Compilation failed for testPath='))).toBe(false);
    expect(text.some((t) => t.startsWith('Downloading packages') || t.includes('available)'))).toBe(false);
  });

  it("Pest: the FAILED heading is shown, not only Collision's closing tally", async () => {
    const text = await shownText(tuneCase('php/pest-exception'));
    expect(text.some((t) => t.includes('FAILED  Tests\\Fixtures\\CollisionTest > error'))).toBe(true);
  });

  it('TeamCity messages: both failed tests are shown, the ignored ones are not', async () => {
    const text = await shownText(tuneCase('php/pest-teamcity'));
    expect(text.filter((t) => t.startsWith('##teamcity[testFailed ')).length).toBe(2);
    expect(text.some((t) => t.startsWith('##teamcity[testIgnored '))).toBe(false);
  });

  it('CocoaPods: the unsatisfiable pod and the requirements that clash are shown', async () => {
    const text = await shownText(tuneCase('swift/cocoapods-conflicting-dependencies'));
    expect(text).toContain('[!] CocoaPods could not find compatible versions for pod "AFNetworking":');
    expect(text).toContain('          AFNetworking (~> 1.3.0)');
  });
});
