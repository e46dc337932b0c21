import { describe, it } from 'vitest';
import { mobileCases as cases } from './mobile.cases.js';
import { checkCase, checkMiss } from './rule-cases.js';

describe('Dart/Flutter, CocoaPods, Carthage, Credo, Pest and TeamCity rules', () => {
  for (const c of cases) it(`${c.rule}: ${c.line.slice(0, 70)}`, () => checkCase(c));

  it('does not take the lines around them', () => {
    // A suite that failed to load is not a failed test; the compiler's errors above it are the reason.
    checkMiss(
      'dart-test.failed',
      '00:00 +0 -1: loading /Users/ahmeturel/Projects/oss/jet-cad/packages/jet_cad_2d_flutter/test/flutter_text_measurer_test.dart [E]',
    );
    // flutter test repeats each compiler error indented under "Compilation failed": a copy.
    checkMiss(
      'dart.compile-error',
      "  test/flutter_text_measurer_test.dart:91:21: Error: The getter 'paragraphEvictionCount' isn't defined for the type 'FlutterTextMeasurer'.",
    );
    checkMiss(
      'dart.compile-error',
      "lib/src/flutter_text_measurer.dart:41:3: Context: Found this candidate, but the arguments don't match.",
    );
    checkMiss('dart-test.summary', '00:00 +17: All tests passed!');
    // Carthage's progress lines are not the failure.
    checkMiss(
      'carthage.shell-task',
      '*** xcodebuild output can be found in /var/folders/px/lgdtcwcs5b14w74s845np6pw0000gn/T/carthage-xcodebuild.dCMNIG.log',
    );

    checkMiss('dart-test.github-failed', '::group::✅ Passing tests');
    // Credo's category heading and an issue's location row are not issues of their own.
    checkMiss('credo.issue', '┃  Warnings - please take a look');
    checkMiss('credo.issue', '┃       lib/my_app/my_module.ex:1:1 #(MyApp.MyModule)');
    // Pest's per-file line and a skipped test's TeamCity message are not failures.
    checkMiss('pest.failed', '   FAIL  Tests\\Fixtures\\CollisionTest');
    checkMiss(
      'teamcity.test-failed',
      "##teamcity[testIgnored name='it can be ignored because it is skipped' message='This test was ignored.' details='' flowId='1234']",
    );
  });
});
