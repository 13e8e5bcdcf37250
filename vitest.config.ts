import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  test: {
    projects: [
      {
        // Unit tier: WXT's fake browser and fake-indexeddb, in Node (happy-dom per file where a DOM is needed).
        plugins: [WxtVitest()],
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/unit/setup.ts'],
          mockReset: true,
          restoreMocks: true,
        },
      },
      {
        // Team tier: the team server against a real PostgreSQL cluster the suite starts itself, and
        // several sync clients (fake-indexeddb each) in one Node process.
        plugins: [WxtVitest()],
        test: {
          name: 'team',
          include: ['tests/team/**/*.test.ts'],
          globalSetup: ['tests/team/global-setup.ts'],
          setupFiles: ['tests/team/setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
      {
        // End-to-end tier: the built extension in real Chromium. One file at a time: 2 cores.
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.e2e.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          pool: 'forks',
        },
      },
    ],
  },
});
