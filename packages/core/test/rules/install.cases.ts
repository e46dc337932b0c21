import type { RuleCase } from './rule-cases.js';

// Installing dependencies: apt-get, ./configure, pkg-config, gem, go, yarn 1, npm. Lines from
// packages/fixtures/ecosystems/install (tune cases).
export const installCases: RuleCase[] = [
  {
    // apt-get's wording for a name no configured source has (the brief's own example).
    rule: 'apt.unable-to-locate',
    line: 'E: Unable to locate package libssl1.0-dev',
    category: 'missing_dependency',
    facts: { tool: 'apt-get', package: 'libssl1.0-dev' },
  },
  {
    rule: 'apt.no-candidate',
    line: "E: Package 'python-dev' has no installation candidate",
    category: 'missing_dependency',
    facts: { tool: 'apt-get', package: 'python-dev' },
  },
  {
    rule: 'apt.version-not-found',
    line: "E: Version '3.81-8.2' for 'make' was not found",
    category: 'missing_dependency',
    facts: { package: 'make=3.81-8.2' },
  },
  {
    rule: 'configure.error',
    line: 'configure: error: cannot find zstd.h; install the libzstd development headers',
    category: 'missing_dependency',
    facts: { tool: 'configure' },
  },
  {
    rule: 'configure.error',
    line: 'configure: error: libzstd is required but was not found',
    category: 'missing_dependency',
  },
  {
    rule: 'pkg-config.not-found',
    line: "Package dependency requirement 'zlib >= 9.0' could not be satisfied.",
    category: 'missing_dependency',
    facts: { tool: 'pkg-config', package: 'zlib >= 9.0' },
  },
  {
    rule: 'bundler.ruby-conflict',
    line: 'Bundler found conflicting requirements for the Ruby\u0000 version:',
    category: 'toolchain_mismatch',
    facts: { tool: 'bundler', toolchain: 'ruby' },
  },
  {
    rule: 'gem.not-found',
    line: "ERROR:  Could not find a valid gem 'autoheal-fixture-widgets' (>= 0) in any repository",
    category: 'missing_dependency',
    facts: { tool: 'gem', package: 'autoheal-fixture-widgets', requiredVersion: '>= 0' },
  },
  {
    // The reason follows on the next line ("Unable to download data from …"): no category here.
    rule: 'gem.not-found',
    line: "ERROR:  Could not find a valid gem 'nokogiri' (= 1.15.4), here is why:",
    category: null,
    facts: { package: 'nokogiri' },
  },
  {
    rule: 'gem.ruby-headers',
    line: "mkmf.rb can't find header files for ruby at /usr/lib/ruby/include/ruby.h",
    category: 'missing_dependency',
  },
  { rule: 'gem.native-extension', line: '\tERROR: Failed to build gem native extension.' },
  {
    rule: 'go.proxy-off',
    line: 'go: github.com/autoheal-fixture/widgets@v1.2.3: module lookup disabled by GOPROXY=off',
    category: 'missing_dependency',
    facts: { tool: 'go', package: 'github.com/autoheal-fixture/widgets@v1.2.3' },
  },
  {
    rule: 'yarn.no-matching-version',
    line: 'error Couldn\'t find any versions for "left-pad" that matches "^99.0.0"',
    category: 'missing_dependency',
    facts: { tool: 'yarn', package: 'left-pad', requiredVersion: '^99.0.0' },
  },
  {
    rule: 'yarn.frozen-lockfile',
    line: 'error Your lockfile needs to be updated, but yarn was run with `--frozen-lockfile`.',
    category: 'missing_dependency',
    facts: { tool: 'yarn' },
  },
  {
    rule: 'go.inconsistent-vendoring',
    line: 'go: inconsistent vendoring in /home/runner/work/project:',
    category: 'missing_dependency',
    facts: { tool: 'go' },
  },
  {
    rule: 'pnpm.offline',
    line: '\u2009ERR_PNPM_NO_OFFLINE_META\u2009 Failed to resolve left-pad@>=1.3.0 <2.0.0-0 in package mirror /home/runner/.cache/pnpm/metadata-v1.3/registry.npmjs.org/left-pad.json',
    category: 'missing_dependency',
    facts: { tool: 'pnpm', package: 'left-pad@>=1.3.0' },
  },
  {
    rule: 'npm.ci-no-lockfile',
    line: 'npm error The `npm ci` command can only install with an existing package-lock.json or',
    category: 'missing_dependency',
    facts: { tool: 'npm', file: 'package-lock.json' },
  },
  {
    rule: 'npm.notsup',
    line: 'npm error notsup Not compatible with your version of node/npm: modern-lib@3.0.0',
    category: 'toolchain_mismatch',
    facts: { tool: 'npm', package: 'modern-lib@3.0.0' },
  },
  {
    rule: 'npm.notsup',
    line: 'npm error notsup Required: {"node":">=99"}',
    category: 'toolchain_mismatch',
    facts: { requiredVersion: '{"node":">=99"}' },
  },
];
