import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// `base: './'` keeps asset URLs relative, so the built site works from any static host or subfolder.
export default defineConfig({
  base: './',
  plugins: [react()],
  build: { target: 'es2022', sourcemap: false },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['test/core/**/*.test.ts', 'test/dataset/**/*.test.ts', 'test/scripts/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'ui',
          environment: 'jsdom',
          setupFiles: ['test/setup-ui.ts'],
          // Whole tables render under jsdom; with the unit and e2e projects sharing two cores, 5 s is too tight.
          testTimeout: 20_000,
          include: [
            'test/views/**/*.test.{ts,tsx}',
            'test/components/**/*.test.{ts,tsx}',
            'test/lib/**/*.test.{ts,tsx}',
            'test/app/**/*.test.{ts,tsx}',
          ],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.test.ts'],
          // Builds the site, serves it with `vite preview` and starts one Chromium for the whole run.
          globalSetup: ['test/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
