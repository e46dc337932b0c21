// preinstall: one clear line when the pnpm running the install is too old for this repository's
// lockfile (v9) and scripts; pnpm 9.7+ and 10 switch to the pinned version by themselves.
// CommonJS and dependency-free: it runs before anything is installed or compiled.
const MIN_MAJOR = 10;
const agent = process.env.npm_config_user_agent || '';
const match = /^(\S+)\/(\d+)\.(\d+)\.(\d+)/.exec(agent);
const pinned = require('../package.json')
  .packageManager.replace(/^pnpm@/, '')
  .replace(/\+.*$/, '');
if (match?.[1] !== 'pnpm') {
  console.error(
    `autoheal installs with pnpm, not ${match ? match[1] : 'this tool'}: run \`corepack enable\` (Node 20 ships it) or \`npm install -g pnpm@${pinned}\`, then \`pnpm install\`.`,
  );
  process.exit(1);
}
if (Number(match[2]) < MIN_MAJOR) {
  console.error(
    `autoheal needs pnpm ${MIN_MAJOR} or later (this is pnpm ${match[2]}.${match[3]}.${match[4]}): run \`corepack enable\` or \`npm install -g pnpm@${pinned}\`, then \`pnpm install\` again.`,
  );
  process.exit(1);
}
