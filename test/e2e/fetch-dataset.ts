import type { Dataset } from '../../src/dataset/schema';

/**
 * The dataset exactly as the served site gives it to the page, so journeys derive their expected
 * counts from the data instead of hard-coding numbers that change whenever the extractor improves.
 */
export async function fetchDataset(baseUrl: string): Promise<Dataset> {
  const response = await fetch(new URL('data/dataset.json', baseUrl));
  if (!response.ok) throw new Error(`e2e: GET data/dataset.json answered ${response.status}`);
  return (await response.json()) as Dataset;
}
