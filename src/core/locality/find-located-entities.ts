/**
 * Where the text says a company, plant or project is: 公司位于某镇工业园区, 计划在该县某镇投资建厂,
 * 项目落户某开发区. Later sentences about 公司/该项目 with no place of their own belong there.
 */
import type { PlaceAnchor } from './place-anchor';

// The verb of location, then the place: the last anchor of the same sentence after the verb.
const LOCATING_VERB = /位于|坐落于|坐落在|落户|落地|入驻|建厂|投资建/g;
// Verbs that name what they locate: building a plant locates a company whatever the subject says.
const BUILDING_VERB = /^(?:建厂|投资建)$/;
/** The kinds of thing a located sentence is about: 公司实现产值2.54亿元 is a sentence about the company. */
export const ENTITY_WORD = /公司|企业|集团|工厂|厂房|项目/;
const SENTENCE_END = /[。！？!?；;\n]/;

/** Anchors that locate a company or project, in reading order. */
export function findLocatedEntities(blocks: readonly string[], anchors: readonly PlaceAnchor[]): PlaceAnchor[] {
  return blocks.flatMap((text, block) =>
    [...text.matchAll(LOCATING_VERB)].flatMap((match) => {
      let end = match.index + match[0].length;
      while (end < text.length && !SENTENCE_END.test(text[end] ?? '')) end++;
      let start = match.index;
      while (start > 0 && !SENTENCE_END.test(text[start - 1] ?? '')) start--;
      // 七彩丹霞景区位于某镇境内 locates a sight, not a company: later 企业开办 figures are not its.
      if (!BUILDING_VERB.test(match[0]) && !ENTITY_WORD.test(text.slice(start, match.index))) return [];
      // 位于X: the place after the verb; 在X投资建厂: the place before it, in the same sentence.
      const after = anchors.filter((a) => a.block === block && a.start >= match.index && a.end <= end);
      const beforeVerb = anchors.filter((a) => a.block === block && a.start >= start && a.end <= match.index);
      const place = after.at(-1) ?? beforeVerb.at(-1);
      return place ? [place] : [];
    }),
  );
}
