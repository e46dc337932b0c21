import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // Tests run against workspace sources, not the compiled lib/ output.
    conditions: ['source'],
  },
  // Node-side modules resolve through the SSR settings: without these, `@autoheal/*` imports in tests
  // would load the compiled lib/ and a test could pass against stale code.
  ssr: { resolve: { conditions: ['source'], externalConditions: ['source'] } },
  test: {
    include: ['packages/*/test/**/*.test.ts', 'actions/*/test/**/*.test.ts', 'scripts/test/**/*.test.ts'],
    testTimeout: 20_000,
    pool: 'forks',
  },
});
