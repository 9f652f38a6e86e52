import { cleanup } from '@testing-library/react';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach } from 'vitest';

// Testing Library unmounts between tests only where a global afterEach exists; vitest globals are off,
// so the ui project registers it once here instead of in every test file.
afterEach(cleanup);

// jsdom has no IndexedDB: the review store runs against fake-indexeddb, a fresh database per test so
// no decision leaks from one test into the next.
beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});
