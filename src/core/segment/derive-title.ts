import type { ScriptedParagraph } from '../types';
import { sliceScriptedParagraph } from './scripted-paragraph';

/** A derived title is a short headline, not a lead: longer cores are cut here, marked with an ellipsis. */
const MAX_DERIVED_TITLE = 24;
/** A core clause shorter than this says too little alone (该镇积极探索) and takes the next clause along. */
const MIN_CORE = 8;
/** How many paragraphs of the lead are searched for a sentence that names who did what. */
const LEAD_PARAGRAPHS = 2;

const SENTENCE = /[^。！？!?；;]+/gu;
/** Sentences read from each lead paragraph: the first, and the one after an opening quote or a scene. */
const SENTENCES_PER_PARAGRAPH = 2;
/** A sentence that is somebody's words (“现在办事方便了！”) or reports them (…说) names no actor's deed. */
const QUOTED = /^[“「『"]/u;
const SPEECH = /(?:说|表示|介绍|感慨|笑着说|告诉记者)[”」』"]?$/u;
const CLOSERS = /^[”」』"）)\s]+/u;
const CLAUSE = /[^，,：:]+/gu;

// Clauses that frame the news rather than state it, dropped from the front of a sentence:
// a time (今年以来, 9月2日, 截至4月底, 前三季度), a source (记者从…获悉, 据了解), a scene (在…基地, 走进…中心),
// a link to what went before (同时, 此外).
const TIME_FRAME = /^[\d〇零一二三四五六七八九十两年月日号时季度上中下半旬初底末今去明前后近以来期间当目开入夏秋冬春截至止到自从起迄每个全第.—-]+$/u;
const SOURCE_FRAME = /^(?:(?:记者|笔者)?(?:近日|日前|昨日|今天|日前)?(?:从|在|自)\S{1,30}(?:获悉|了解到|得知|获知|看到|传来消息|获得消息)|据\S{0,30}(?:介绍|了解|统计|悉|报道|透露|显示|消息)|\S{0,20}获悉)$/u;
const SCENE_FRAME = /^(?:在|走进|来到|步入|沿着|行走在|漫步|驱车|置身)\S{1,30}(?:基地|现场|车间|田间|地头|园区|大厅|中心|村|社区|街道|镇|乡|里|上|中|内|旁|前|边|处|口|间|门前|一线)$/u;
const LINK_FRAME = /^(?:同时|此外|另外|与此同时|为此|对此|其中|目前|当前|如今|近年来|一直以来|长期以来)$/u;
const FRAMES = [TIME_FRAME, SOURCE_FRAME, SCENE_FRAME, LINK_FRAME];

// A clause that opens with who acts: a place or a body (宾川县…, 乌镇镇…, 某某局…, 该公司…). The reporter
// on a visit (记者走进某镇某村…) names the scene, never the actor.
const ACTOR_LED = /^(?!(?:本报)?(?:记者|笔者|小编|我们))\p{Script=Han}{1,12}?(?:省|市|县|区|旗|镇|乡|村|街道|社区|园区|开发区|新区|局|委|办|厅|中心|公司|集团|企业|银行|医院|学校)/u;

// An actor, then how it acts (依托…, 通过…, 围绕…): the clause says the means, not yet the result.
const MEANS_OPENING = /^\p{Script=Han}{1,12}?(?:依托|通过|围绕|聚焦|立足|借助|按照|结合|紧扣|坚持|以)/u;

// Pieces a headline leaves out, removed from inside the core clause: a gloss (（以下简称“…”）), a list
// ending in 等 (柑橘、葡萄等), the means (以横港村为试点, 以…为抓手).
const GLOSS = /[（(][^）)]{0,20}[）)]/gu;
// At most a dozen items: an unbounded list tried from every item of a long run without 等 costs its square.
const LIST = /[^、，\s]{1,8}(?:、[^、，\s]{1,8}){1,12}等/gu;
const MEANS = /以[^，、]{1,12}?为(?:试点|抓手|载体|引领|契机|突破口|重点|牵引|核心|主线|依托|切入点)/gu;

interface Span {
  start: number;
  end: number;
}

/** The first sentences of a paragraph as spans, closing quotes at their head dropped; quoted or reported speech left out. */
function findSentences(text: string): Span[] {
  const sentences: Span[] = [];
  for (const m of text.matchAll(SENTENCE)) {
    if (sentences.length === SENTENCES_PER_PARAGRAPH) break;
    const lead = CLOSERS.exec(m[0])?.[0].length ?? 0;
    const span = { start: m.index + lead, end: m.index + m[0].length };
    const words = text.slice(span.start, span.end);
    const opensQuote = QUOTED.test(m[0]) && !/[”」』"]/u.test(words.slice(1));
    if (span.end > span.start && !opensQuote && !SPEECH.test(words)) sentences.push(span);
  }
  return sentences;
}

/** The clauses of a sentence at [start, end) of `text`, as spans. */
function clausesOf(text: string, start: number, end: number): Span[] {
  return [...text.slice(start, end).matchAll(CLAUSE)].flatMap((m) => {
    const lead = m[0].length - m[0].trimStart().length;
    const trail = m[0].length - m[0].trimEnd().length;
    const span = { start: start + m.index + lead, end: start + m.index + m[0].length - trail };
    return span.end > span.start ? [span] : [];
  });
}

/** The clauses of a sentence after its framing clauses; the framed sentence whole if all frame it. */
function findCore(text: string, sentence: Span): Span[] {
  const clauses = clausesOf(text, sentence.start, sentence.end);
  let from = 0;
  while (from < clauses.length - 1 && FRAMES.some((frame) => frame.test(text.slice(clauses[from]?.start, clauses[from]?.end)))) from++;
  return clauses.slice(from);
}

/**
 * The core clause, with the next one when it is too short alone, or when it names only the means
 * (某村依托茶产业发展，村集体收入突破百万元): the result is in the next clause.
 */
function takeCore(text: string, clauses: readonly Span[]): Span | null {
  const [first, second] = clauses;
  if (!first) return null;
  const words = text.slice(first.start, first.end).replace(MEANS, ''); // 以某村为试点推进… states its deed
  const meansOnly = MEANS_OPENING.test(words) && !/\d/u.test(words);
  return (first.end - first.start < MIN_CORE || meansOnly) && second ? { start: first.start, end: second.end } : first;
}

/** [start, end) with the pieces a headline leaves out cut away. */
function leaveOut(text: string, core: Span): Span[] {
  const part = text.slice(core.start, core.end);
  const cuts: Span[] = [];
  const cut = (start: number, end: number): void => { cuts.push({ start: core.start + start, end: core.start + end }); };
  for (const pattern of [GLOSS, MEANS]) for (const m of part.matchAll(pattern)) cut(m.index, m.index + m[0].length);
  // The list's first item is found by the regex with whatever runs before it (销售柑橘、葡萄等): it is taken
  // no longer than the longest later item, so the verb stays.
  for (const m of part.matchAll(LIST)) {
    const items = m[0].slice(0, -1).split('、');
    const longest = Math.max(...items.slice(1).map((item) => item.length));
    cut(m.index + Math.max(0, (items[0]?.length ?? 0) - longest), m.index + m[0].length);
  }
  cuts.sort((a, b) => a.start - b.start);
  const kept: Span[] = [];
  let at = core.start;
  for (const cut of cuts) {
    if (cut.start < at) continue;
    if (cut.start > at) kept.push({ start: at, end: cut.start });
    at = cut.end;
  }
  if (at < core.end) kept.push({ start: at, end: core.end });
  return kept;
}

/**
 * A short title for an article printed without a headline: who did what, from the lead. The first
 * sentence of the first paragraphs whose core clause (after a time, source or scene frame: 今年以来，
 * 记者从…获悉，在…基地，) opens with its actor — a place or a body — or else the first sentence's core;
 * glosses, 等-lists and the means (以…为试点) left out, cut at MAX_DERIVED_TITLE.
 * @example deriveTitle([lead('记者从某县获悉，今年一季度，某县通过电商渠道销售柑橘、葡萄等水果4.6万吨。')])
 *          // 某县通过电商渠道销售水果4.6万吨
 */
export function deriveTitle(body: readonly ScriptedParagraph[]): { title: string; titleOriginal: string } {
  const candidates = body.slice(0, LEAD_PARAGRAPHS).flatMap((paragraph) =>
    findSentences(paragraph.text).flatMap((sentence) => {
      const core = takeCore(paragraph.text, findCore(paragraph.text, sentence));
      return core ? [{ paragraph, core }] : [];
    }),
  );
  const chosen = candidates.find((c) => ACTOR_LED.test(c.paragraph.text.slice(c.core.start, c.core.end))) ?? candidates[0];
  if (!chosen) return { title: '', titleOriginal: '' };
  return joinSpans(chosen.paragraph, leaveOut(chosen.paragraph.text, chosen.core));
}

/** The spans' text in both scripts, cut at MAX_DERIVED_TITLE characters (never inside a surrogate pair). */
function joinSpans(paragraph: ScriptedParagraph, spans: readonly Span[]): { title: string; titleOriginal: string } {
  let title = '';
  let titleOriginal = '';
  for (const span of spans) {
    let end = Math.min(span.end, span.start + MAX_DERIVED_TITLE - title.length);
    if (end <= span.start) return { title: `${title}…`, titleOriginal: `${titleOriginal}…` };
    if (end < span.end && isHighSurrogate(paragraph.text.charCodeAt(end - 1))) end--;
    const part = sliceScriptedParagraph(paragraph, span.start, end);
    title += part.text;
    titleOriginal += part.original;
    if (end < span.end) return { title: `${title}…`, titleOriginal: `${titleOriginal}…` };
  }
  return { title, titleOriginal };
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
