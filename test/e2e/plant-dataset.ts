import type { Page } from 'playwright-core';
import type { Dataset } from '../../src/dataset/schema';
import { makeSiteFiles, type SiteFiles } from '../helpers/make-app-layout';

/**
 * Serves `files` (an app layout: index and paragraph chunks, see test/helpers/make-app-layout.ts) in
 * place of the site's own, answering 404 for a file the map lacks. The page fetches the layout, never
 * dataset.json, so that is what a journey with planted data replaces.
 */
export async function plantFiles(page: Page, files: SiteFiles): Promise<void> {
  await page.route('**/data/dataset/app/**', (route) => {
    const path = decodeURIComponent(new URL(route.request().url()).pathname).replace(/^.*?\/(?=data\/dataset\/app\/)/u, '');
    const body = files.get(path);
    return body === undefined
      ? route.fulfill({ status: 404, contentType: 'text/plain', body: 'not found' })
      : route.fulfill({ contentType: 'application/json', body });
  });
}

/** Serves `dataset` as the site's app layout. */
export function plantDataset(page: Page, dataset: Dataset): Promise<void> {
  return plantFiles(page, makeSiteFiles(dataset));
}
