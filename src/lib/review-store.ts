import { createStore, get, promisifyRequest, set, values, type UseStore } from 'idb-keyval';
import type { Decision } from '../dataset/corrections';

// idb-keyval over Dexie, measured (esbuild, minified, the calls used here): 573 B gzip against 32.8 kB.
// Decisions are kept by id and read all at once per dataset; nothing here needs Dexie's queries or indexes.

/** The decisions of one dataset in this browser's IndexedDB. */
export interface ReviewStore {
  list(): Promise<Decision[]>;
  /** In one transaction: removes the decisions `remove` names and writes `put`. */
  replace(remove: readonly string[], put: readonly Decision[]): Promise<void>;
}

/** One database per dataset location: reviews of data/dataset.json never mix with another dataset's. */
const REVIEW_DATABASE = 'reform-metrics-review ';
const SETTINGS = { database: 'reform-metrics-settings', store: 'settings', reviewer: 'reviewer' } as const;

// Opened on each use (twice a session: read once, saved when changed), so it follows the browser's current IndexedDB.
const openSettings = (): UseStore => createStore(SETTINGS.database, SETTINGS.store);

/**
 * Opens the store of the dataset at `datasetKey` (its path on the site, so a rebuilt dataset at the
 * same place keeps its reviews). Throws where the browser has no IndexedDB.
 */
export function openReviewStore(datasetKey: string): ReviewStore {
  if (typeof indexedDB === 'undefined') throw new Error('this browser keeps no IndexedDB');
  const store = createStore(`${REVIEW_DATABASE}${datasetKey}`, 'decisions');
  return {
    list: () => values<Decision>(store),
    replace: (remove, put) =>
      store('readwrite', (objects) => {
        for (const id of remove) objects.delete(id);
        for (const decision of put) objects.put(decision, decision.id);
        return promisifyRequest(objects.transaction);
      }),
  };
}

/** The reviewer's name as typed once in this browser, '' before. */
export async function readReviewer(): Promise<string> {
  return (await get<string>(SETTINGS.reviewer, openSettings())) ?? '';
}

export async function saveReviewer(name: string): Promise<void> {
  await set(SETTINGS.reviewer, name, openSettings());
}
