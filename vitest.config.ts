import { defineConfig, mergeConfig } from 'vitest/config';
import viteConfig from './vite.config.ts';

export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      include: ['src/**/*.test.ts', 'workers/**/*.test.ts', 'tests/unit/**/*.test.ts', 'tests/fixtures/**/*.test.ts', 'tests/mock-mini/**/*.test.ts'],
      environment: 'node',
      restoreMocks: true,
      unstubGlobals: true,
    },
  }),
);
