import type { RuleCase } from './rule-cases.js';

// Dart/Flutter tests and the Dart compiler, CocoaPods, Credo, Pest and TeamCity messages. Lines
// from packages/fixtures/ecosystems (tune cases: dart/*, swift/cocoapods-*, elixir/credo-custom-
// check-warning, php/pest-*), except the github reporter's, which is from package:test's own
// reporter test (pkgs/test/test/runner/github_reporter_test.dart), not from a recording.
export const mobileCases: RuleCase[] = [
  // dart/dart-test-expect-failure: `dart test`, expanded reporter, a failed expect.
  {
    rule: 'dart-test.failed',
    line: '00:00 +15 -1: fill is the last EntityKind, and its ordinal is stable [E]',
    category: 'test_failure',
    facts: { tool: 'dart test', tests: ['fill is the last EntityKind, and its ordinal is stable'] },
  },
  // dart/dart-test-async-errors: package:test's reporter test compares the lines without the clock.
  {
    rule: 'dart-test.failed',
    line: '+0 -1: failures [E]',
    category: 'test_failure',
    facts: { tests: ['failures'] },
  },
  { rule: 'dart-test.summary', line: '00:00 +16 -1: Some tests failed.', category: 'test_failure' },
  { rule: 'dart-test.summary', line: '+1 -1: Some tests failed.', category: 'test_failure' },
  // dart/flutter-test-compile-error: a test file that no longer compiles.
  {
    rule: 'dart-test.load-failed',
    line: '00:00 +0 -1: loading /Users/ahmeturel/Projects/oss/jet-cad/packages/jet_cad_2d_flutter/test/flutter_text_measurer_test.dart [E]',
    category: 'compile_error',
    facts: {
      file: '/Users/ahmeturel/Projects/oss/jet-cad/packages/jet_cad_2d_flutter/test/flutter_text_measurer_test.dart',
    },
  },
  {
    rule: 'dart.compile-error',
    line: "test/flutter_text_measurer_test.dart:33:35: Error: No named parameter with the name 'paragraphLimit'.",
    category: 'compile_error',
    facts: {
      tool: 'dart',
      locations: [
        {
          file: 'test/flutter_text_measurer_test.dart',
          line: 33,
          column: 35,
          message: "No named parameter with the name 'paragraphLimit'.",
        },
      ],
    },
  },
  {
    rule: 'dart.compile-error',
    line: "test/flutter_text_measurer_test.dart:91:21: Error: The getter 'paragraphEvictionCount' isn't defined for the type 'FlutterTextMeasurer'.",
    category: 'compile_error',
  },
  // dart/flutter-test-widget-failure: a widget test's expect, in flutter_test's banner.
  {
    rule: 'flutter-test.exception',
    line: '══╡ EXCEPTION CAUGHT BY FLUTTER TEST FRAMEWORK ╞════════════════════════════════════════════════════',
    category: 'test_failure',
    facts: { tool: 'flutter test' },
  },
  // package:test's github reporter (github_reporter_test.dart, 'displays failures occuring after a
  // test completes').
  {
    rule: 'dart-test.github-failed',
    line: '::group::❌ fail after completion (failed after test completion)',
    category: 'test_failure',
    facts: { tests: ['fail after completion'] },
  },
  // swift/cocoapods-conflicting-dependencies, swift/cocoapods-lockfile-conflict.
  {
    rule: 'cocoapods.incompatible',
    line: '[!] CocoaPods could not find compatible versions for pod "AFNetworking":',
    category: 'missing_dependency',
    facts: { tool: 'cocoapods', package: 'AFNetworking' },
  },
  {
    rule: 'cocoapods.no-spec',
    line: 'None of your spec sources contain a spec satisfying the dependencies: `AFNetworking (= 3.0.1), AFNetworking (= 1.4)`.',
    category: 'missing_dependency',
    facts: { package: 'AFNetworking (= 3.0.1), AFNetworking (= 1.4)' },
  },
  // elixir/credo-custom-check-warning.
  {
    rule: 'credo.issue',
    line: '┃ [W] ↗ There should be no direct calls to `Task`, alias `OpentelemetryProcessPropagator.Task`.',
    category: 'lint_failure',
    facts: { tool: 'credo' },
  },
  // php/pest-exception: Collision's heading, the exception's class right-aligned after the name.
  {
    rule: 'pest.failed',
    line: '   FAILED  Tests\\Fixtures\\CollisionTest > error                     Exception   ',
    category: 'test_failure',
    facts: { tool: 'pest', tests: ['Tests\\Fixtures\\CollisionTest > error'] },
  },
  // php/pest-teamcity.
  {
    rule: 'teamcity.test-failed',
    line: "##teamcity[testFailed name='it can fail' message='oh noo' details='at tests/.tests/Failure.php:18|nat src/Factories/TestCaseMethodFactory.php:101|nat src/Concerns/Testable.php:262|nat src/Support/ExceptionTrace.php:28|nat src/Concerns/Testable.php:262|nat src/Concerns/Testable.php:217|nat src/Kernel.php:79' flowId='1234']",
    category: 'test_failure',
    facts: { tool: 'teamcity', tests: ['it can fail'] },
  },
  // swift/carthage-common-architectures (ZLPhotoBrowser's README quoting Carthage)
  {
    rule: 'carthage.common-architectures',
    line: 'Building universal frameworks with common architectures is not possible. The device and simulator slices for "ZLPhotoBrowser" both build for: arm64',
    category: 'toolchain_mismatch',
    facts: { tool: 'carthage', package: 'ZLPhotoBrowser' },
  },
  // swift/carthage-lipo-same-architectures (a blog post quoting `carthage update`, MIT)
  {
    rule: 'carthage.shell-task',
    line: 'A shell task (/usr/bin/xcrun lipo -create /Users/mxgx/Library/Caches/org.carthage.CarthageKit/DerivedData/13.1_13A1030d/Alamofire/5.6.1/Build/Intermediates.noindex/ArchiveIntermediates/Alamofire\\ iOS/IntermediateBuildFilesPath/UninstalledProducts/iphoneos/Alamofire.framework/Alamofire /Users/mxgx/Library/Caches/org.carthage.CarthageKit/DerivedData/13.1_13A1030d/Alamofire/5.6.1/Build/Products/Release-iphonesimulator/Alamofire.framework/Alamofire -output /Users/mxgx/Desktop/DDY_Education/DDYEducation/Carthage/Build/iOS/Alamofire.framework/Alamofire) failed with exit code 1:',
    category: 'toolchain_mismatch',
    facts: { tool: 'carthage', exitCode: 1 },
  },
  // swift/carthage-xcodebuild-not-found (a README quoting Carthage, MIT): the task says what ran,
  // xcrun's line says why, so only the latter names a category.
  {
    rule: 'carthage.shell-task',
    line: 'A shell task (/usr/bin/xcrun xcodebuild -project /Users/tvenceslau/workspace/acdc/acdc-workspace/mobile/scan-app/ios/pharmaledger-camera/PharmaLedger\\ Camera/Carthage/Checkouts/GCDWebServer/GCDWebServer.xcodeproj CODE_SIGNING_REQUIRED=NO CODE_SIGN_IDENTITY= CARTHAGE=YES -list) failed with exit code 72:',
    category: null,
    facts: { tool: 'carthage', exitCode: 72 },
  },
  {
    rule: 'xcrun.missing-utility',
    line: 'xcrun: error: unable to find utility "xcodebuild", not a developer tool or in PATH',
    category: 'missing_command',
    facts: { tool: 'xcrun', command: 'xcodebuild' },
  },
  // Carthage 0.30+'s "Build Failed" block: the only licensed copy found is in a held-out case
  // (swift/carthage-build-failed-lipo, a blog post, MIT), so this checks the line only.
  {
    rule: 'carthage.task-failed',
    line: '\tTask failed with exit code 1:',
    category: 'compile_error',
    facts: { tool: 'carthage', exitCode: 1 },
  },
  // RiftValleySoftware/RVS_Generic_Swift_Toolbox's README (MIT) quoting `carthage update`: a
  // dependency without a shared scheme is skipped, and the README says to ignore it.
  {
    rule: 'carthage.skipped-building',
    line: '*** Skipped building RVS_PersistentPrefs due to the error:',
  },
];
