import type { FailureCategory } from '../categories.js';
import type { Rule } from '../rule.js';
import { facts } from './helpers.js';

/**
 * Builds that fail before any test runs, while installing what the project needs: apt-get that
 * cannot find a package or version, `./configure` and pkg-config that cannot find a library, a
 * gem that is nowhere to be found or whose native extension cannot be built, Go with module
 * downloads switched off, yarn 1 with no version in a range, npm's engine check. The npm, pnpm,
 * pip and Bundler messages other rule files already read are not repeated here.
 */

/**
 * `./configure` stops for a missing compiler as often as for a missing library. Its first line,
 * "configure: error: in `/w/project':", only says where: the next line says why.
 */
function configureCategory(message: string): FailureCategory | undefined {
  if (/^in `[^']*':$/.test(message)) return undefined;
  // The gap stops at the next "C++ compiler" (linear time; `.*` rescanned the rest from each).
  return /\bcompiler cannot create executables\b|\bno acceptable C compiler\b|\bC\+\+ compiler\b(?:(?!C\+\+ compiler\b).)*\b(?:not|cannot)\b/.test(
    message,
  )
    ? 'toolchain_mismatch'
    : 'missing_dependency';
}

export const installRules: Rule[] = [
  {
    id: 'apt.unable-to-locate',
    tool: 'apt-get',
    anchors: ['E: Unable to locate package', "E: Couldn't find any package"],
    pattern: /^E: (?:Unable to locate package (\S+)|Couldn't find any package by (?:glob|regex) '([^']+)')/,
    role: 'error',
    category: 'missing_dependency',
    weight: 0.9,
    facts: (m) => facts({ tool: 'apt-get', package: m[1] ?? m[2] }),
  },
  {
    id: 'apt.no-candidate',
    tool: 'apt-get',
    anchors: ['has no installation candidate'],
    pattern: /^E: Package '([^']+)' has no installation candidate/,
    role: 'error',
    category: 'missing_dependency',
    weight: 0.9,
    facts: (m) => facts({ tool: 'apt-get', package: m[1] }),
  },
  {
    id: 'apt.version-not-found',
    tool: 'apt-get',
    anchors: ["' was not found"],
    pattern: /^E: (?:Version|Release) '([^']+)' for '([^']+)' was not found/,
    role: 'error',
    category: 'missing_dependency',
    weight: 0.9,
    facts: (m) => facts({ tool: 'apt-get', package: `${m[2]!}=${m[1]!}` }),
  },
  {
    // AC_MSG_ERROR's line: the reason `./configure` stopped, in the project's own words.
    id: 'configure.error',
    tool: 'configure',
    anchors: ['configure: error: '],
    pattern: /^configure: error: (.+)/,
    role: 'error',
    classify: (m) => configureCategory(m[1]!),
    weight: 0.85,
    facts: () => facts({ tool: 'configure' }),
  },
  {
    // PKG_CHECK_MODULES' own wording after "configure: error:", and pkg-config's answer for a
    // module it has no .pc file for (or too old a one), also as CMake's pkg_check_modules relays
    // it on a status line ("--   Package 'vips', required by 'virtual:world', not found").
    id: 'pkg-config.not-found',
    tool: 'pkg-config',
    anchors: [
      'was not found in the pkg-config search path',
      "', not found",
      'could not be satisfied',
      'Package requirements (',
      "No package '",
    ],
    pattern:
      /^(?:-- )?\s*Package (?:([\w.+-]+) was not found in the pkg-config search path|'([\w.+-]+)', required by '[^']*', not found|dependency requirement '([^']+)' could not be satisfied)|Package requirements \(([^()]+)\) were not met|^(?:-- )?\s*No package '([\w.+-]+)' found/,
    role: 'error',
    category: 'missing_dependency',
    weight: 0.85,
    follow: 'until-blank',
    facts: (m) => facts({ tool: 'pkg-config', package: m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] }),
  },
  {
    // Bundler 2.3+ when a gem needs another Ruby; the indented lines under it name the gem and
    // both versions. Bundler prints a NUL after "Ruby" in these lines.
    id: 'bundler.ruby-conflict',
    tool: 'bundler',
    anchors: ['Bundler found conflicting requirements for the Ruby'],
    pattern: /Bundler found conflicting requirements for the (Ruby(?:Gems)?)\W{0,3}version/,
    role: 'error',
    category: 'toolchain_mismatch',
    weight: 0.9,
    follow: 'paragraph',
    facts: (m) => facts({ tool: 'bundler', toolchain: m[1] === 'Ruby' ? 'ruby' : 'rubygems' }),
  },
  {
    id: 'gem.not-found',
    tool: 'gem',
    anchors: ['Could not find a valid gem'],
    // The requirement holds no "(": repeated openings are then scanned once each (linear time).
    pattern: /Could not find a valid gem '([^']+)' \(([^()]*)\)(, here is why:)?/,
    role: 'error',
    // "here is why:" puts the reason on the next line (often the network): that line's rule decides.
    classify: (m) => (m[3] ? undefined : 'missing_dependency'),
    weight: 0.85,
    facts: (m) => facts({ tool: 'gem', package: m[1], requiredVersion: m[2] }),
  },
  {
    // No ruby-dev: every gem with a C extension fails the same way before compiling anything.
    id: 'gem.ruby-headers',
    tool: 'gem',
    anchors: ["can't find header files for ruby"],
    pattern: /mkmf\.rb can't find header files for ruby\b/,
    role: 'error',
    category: 'missing_dependency',
    weight: 0.9,
    facts: () => facts({ tool: 'gem', package: 'ruby-dev' }),
  },
  {
    // The heading over an extension's build output: the compiler or extconf line below it says why.
    id: 'gem.native-extension',
    tool: 'gem',
    anchors: ['Failed to build gem native extension'],
    pattern: /ERROR: Failed to build gem native extension/,
    role: 'header',
    weight: 0.5,
  },
  {
    id: 'go.proxy-off',
    tool: 'go',
    anchors: ['lookup disabled by GOPROXY'],
    // The module path starts where a path token starts: otherwise every offset rescans it (ReDoS).
    pattern: /(?:(?<![\w./-])([\w./-]+)@(v[\w.+-]+): )?module lookup disabled by GOPROXY=(\w+)/,
    role: 'error',
    category: 'missing_dependency',
    weight: 0.85,
    facts: (m) => facts({ tool: 'go', package: m[1] ? `${m[1]}@${m[2]!}` : undefined }),
  },
  {
    id: 'yarn.no-matching-version',
    tool: 'yarn',
    anchors: ["Couldn't find any versions for"],
    pattern: /Couldn't find any versions for "([^"]+)" that matches "([^"]+)"/,
    role: 'error',
    category: 'missing_dependency',
    weight: 0.85,
    facts: (m) => facts({ tool: 'yarn', package: m[1], requiredVersion: m[2] }),
  },
  {
    id: 'yarn.frozen-lockfile',
    tool: 'yarn',
    anchors: ['error Your lockfile needs to be updated'],
    pattern: /^error Your lockfile needs to be updated/,
    role: 'error',
    category: 'missing_dependency',
    weight: 0.85,
    facts: () => facts({ tool: 'yarn', file: 'yarn.lock' }),
  },
  {
    // go.mod and vendor/modules.txt disagree; the indented lines under it name each module.
    id: 'go.inconsistent-vendoring',
    tool: 'go',
    anchors: ['inconsistent vendoring'],
    pattern: /^go: inconsistent vendoring\b/,
    role: 'error',
    category: 'missing_dependency',
    weight: 0.85,
    follow: 'indented',
    facts: () => facts({ tool: 'go', file: 'vendor/modules.txt' }),
  },
  {
    // pnpm --offline with a package missing from its store (the pnpm.error rule has no category
    // for these codes). pnpm puts thin spaces, not ASCII ones, around its code.
    id: 'pnpm.offline',
    tool: 'pnpm',
    anchors: ['ERR_PNPM_NO_OFFLINE_'],
    pattern: /ERR_PNPM_NO_OFFLINE_(?:META|TARBALL)\b(?:\W{1,3}Failed to resolve (\S+))?/,
    role: 'error',
    category: 'missing_dependency',
    weight: 0.85,
    facts: (m) => facts({ tool: 'pnpm', package: m[1] }),
  },
  {
    // `npm ci` without a lockfile prints its whole usage after this line; the line says it all.
    id: 'npm.ci-no-lockfile',
    tool: 'npm',
    anchors: ['can only install with an existing package-lock.json'],
    pattern: /The `npm ci` command can only install with an existing package-lock\.json/,
    role: 'error',
    category: 'missing_dependency',
    weight: 0.9,
    facts: () => facts({ tool: 'npm', file: 'package-lock.json' }),
  },
  {
    // npm's EBADENGINE names the package and the engines it wants on these `notsup` lines, below
    // the bare "Unsupported engine" the node.engine rule reads.
    id: 'npm.notsup',
    tool: 'npm',
    anchors: ['notsup Not compatible with your version', 'notsup Required: '],
    pattern:
      /^npm (?:ERR!|error) notsup (?:Not compatible with your version of node\/npm: (\S+)|Required: (.+))/,
    role: 'error',
    category: 'toolchain_mismatch',
    weight: 0.9,
    facts: (m) => facts({ tool: 'npm', package: m[1], requiredVersion: m[2] }),
  },
  {
    // A gem whose gemspec sets required_ruby_version (or required_rubygems_version) above what
    // runs: "timeparse-0.3.0 requires Ruby version >= 4.2. The current ruby version is 3.1.2."
    // (gem install, and Bundler's Gem::RuntimeRequirementNotMetError).
    id: 'gem.required-ruby',
    tool: 'gem',
    anchors: ['requires Ruby version ', 'requires RubyGems version '],
    // Anchored at the line's start (a tab in gem's message, a class name in Bundler's), so the
    // name is read once, not from every position.
    pattern:
      /^\s*(?:[\w:]+: )?(\S+) requires (Ruby|RubyGems) version (.{1,40}?)\. The current (?:ruby|rubygems) version is ([\w.-]+?)\.?$/,
    role: 'error',
    category: 'toolchain_mismatch',
    weight: 0.9,
    facts: (m) => facts({ tool: 'gem', package: m[1] }),
  },
];
