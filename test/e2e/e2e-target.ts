import { inject } from 'vitest';

/** What the global setup hands to every e2e test file: a served site and a browser, or why there are none. */
export type E2eTarget =
  | { status: 'ready'; baseUrl: string; wsEndpoint: string }
  | { status: 'skipped'; reason: string };

declare module 'vitest' {
  export interface ProvidedContext {
    e2eTarget: E2eTarget;
  }
}

/** Reads the target that test/e2e/global-setup.ts provided. */
export function resolveE2eTarget(): E2eTarget {
  return inject('e2eTarget');
}
