/**
 * The places a page speaks of as a whole: those its outlets and its headlines name (佛山日报, 安徽日报,
 * 南海12345热线…). An article on the page that names only an ambiguous town (桂城街道, in two cities) or
 * speaks of 全省 without naming the province is read in that frame.
 */
import type { ScriptedArticle } from '../types';
import type { Division, Gazetteer } from './gazetteer';
import { findPlaceMentions } from './find-place-mentions';
import { resolveMentions } from './resolve-mentions';

/**
 * Every division the outlets and headlines of a page's articles, and the hosts its footer names
 * (findSiteHosts), name unambiguously.
 */
export function findPagePlaces(articles: readonly ScriptedArticle[], gazetteer: Gazetteer, hosts: readonly string[] = []): Division[] {
  // A site's host is named like an outlet (某区人民政府办公室): a short form there frames the page as a paper's name does.
  const outlets = [...new Set([...hosts, ...articles.flatMap((a) => (a.outlet === null ? [] : [a.outlet]))])];
  const titles = [...new Set(articles.map((a) => a.title).filter((t) => t !== ''))];
  const texts = [...outlets, ...titles];
  const mentions = resolveMentions(texts.flatMap((text, block) => findPlaceMentions(text, block, gazetteer)), gazetteer, new Set(), texts);
  const divisions = new Map<string, Division>();
  for (const m of mentions) {
    // 佛山日报, 安徽日报: a paper is named after its city or province, so the one city or province a short
    // form there can be is the page's, though a short form alone in a sentence names nothing for certain.
    const named = m.division ?? (m.block < outlets.length ? onlyArea(m.candidates) : null);
    if (named !== null) divisions.set(named.code, named);
  }
  return [...divisions.values()];
}

function onlyArea(candidates: readonly Division[]): Division | null {
  const areas = candidates.filter((d) => d.level === 'province' || d.level === 'prefecture');
  return areas.length === 1 ? (areas[0] ?? null) : null;
}
