import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import type { Plugin } from 'vite';

/**
 * The built page's Content-Security-Policy: scripts, styles and data only from the site itself, no
 * inline script, no eval, no plugins, no <base> rewriting. A dataset is untrusted input, and if a
 * view ever put its text into the page as HTML, the browser would still refuse to run it.
 * `data:` images and fonts are what Vite inlines for small assets.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** Headers only a server can send: a <meta> policy cannot forbid framing. */
const SECURITY_HEADERS = {
  'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`,
  'X-Content-Type-Options': 'nosniff',
} as const;

/**
 * Writes the policy into the built index.html as a <meta> tag, so it holds on any static host. Build
 * only: the dev server injects an inline script for hot reload that the policy would block.
 */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' },
    ],
  };
}

// `base: './'` keeps asset URLs relative, so the built site works from any static host or subfolder.
export default defineConfig({
  base: './',
  plugins: [react(), contentSecurityPolicy()],
  build: { target: 'es2022', sourcemap: false },
  preview: { headers: SECURITY_HEADERS },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          // Fixture floors run the whole pipeline over every keyed folder in their beforeAll: with other
          // projects sharing two cores that takes far longer than vitest's 10 s default on a busy machine.
          hookTimeout: 120_000,
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
