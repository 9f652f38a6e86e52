import type { Dataset, Figure, Locality } from '../../src/dataset/schema';

/**
 * Expected values derived from whatever dataset the build produced, computed here independently of
 * the app's own selectors, so a journey checks the page against the data rather than against itself.
 */

/** Ids of a place and everything below it, following `parentId` downwards. */
export function findLocalitySubtree(dataset: Dataset, rootId: string): Set<string> {
  const ids = new Set([rootId]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const locality of dataset.localities) {
      if (locality.parentId !== null && ids.has(locality.parentId) && !ids.has(locality.id)) {
        ids.add(locality.id);
        grew = true;
      }
    }
  }
  return ids;
}

/** Figures a locality filter on `localityId` must show: the place's own and those of places below it. */
export function findFiguresWithin(dataset: Dataset, localityId: string): Figure[] {
  const ids = findLocalitySubtree(dataset, localityId);
  return dataset.figures.filter((figure) => figure.localityId !== null && ids.has(figure.localityId));
}

/**
 * A place worth filtering to: the one with the most figures that still leaves some out (so counts
 * visibly change), among places whose name is unambiguous in the picker.
 */
export function selectFilterLocality(dataset: Dataset): { locality: Locality; figures: Figure[] } {
  const nameCounts = new Map<string, number>();
  for (const l of dataset.localities) nameCounts.set(l.name, (nameCounts.get(l.name) ?? 0) + 1);
  const candidates = dataset.localities
    .filter((locality) => nameCounts.get(locality.name) === 1)
    .map((locality) => ({ locality, figures: findFiguresWithin(dataset, locality.id) }))
    .filter(({ figures }) => figures.length > 0 && figures.length < dataset.figures.length)
    .sort((a, b) => b.figures.length - a.figures.length || a.locality.id.localeCompare(b.locality.id));
  const best = candidates[0];
  if (best === undefined) throw new Error('e2e: the dataset has no locality that narrows the figures');
  return best;
}

/** A figure that reads differently in its source's own script, so the 简/繁 switch visibly changes it. */
export function selectScriptFigure(dataset: Dataset): { figure: Figure; original: string; title: string } {
  const articles = new Map(dataset.articles.map((a) => [a.id, a]));
  const paragraphs = new Map(dataset.paragraphs.map((p) => [p.id, p]));
  for (const figure of dataset.figures) {
    const article = articles.get(figure.articleId);
    const paragraph = paragraphs.get(figure.paragraphId);
    if (article === undefined || paragraph === undefined || article.script === 'simplified') continue;
    const original = paragraph.original.slice(figure.originalStart, figure.originalEnd);
    const sameText = dataset.figures.filter((f) => f.articleId === figure.articleId && f.text === figure.text);
    if (original !== figure.text && sameText.length === 1) return { figure, original, title: article.title };
  }
  throw new Error('e2e: the dataset has no figure whose original script differs from simplified');
}
