/**
 * Categories from evidence: which part of government work a figure reports on is said by its label
 * most of all, then by the words of its clause and paragraph, and — for a figure whose own words say
 * little — by what the article as a whole reports on (检视问题11个 in a party-building article is party
 * work; 解决问题85件 in a service-hall article is the hall's). Keywords come from the category lexicon
 * and from the indicator taxonomy's cues, each cue standing for its indicator's domain.
 */
import { UNIT_KINDS, type Category, type UnitKind } from '../../dataset/schema';
import { CATEGORY_RULES } from '../figures/classify-metric';
import { createWordIndex, findWordsIn, type WordIndex } from '../text/create-word-index';
import { INDICATORS, type IndicatorDefinition } from './indicators';

/** Evidence for a figure's category, per category, before the article's own leaning is added. */
export type CategoryEvidence = ReadonlyMap<Category, number>;

/** How much each kind of evidence counts: measured on the fixture folders, where the weights matter little. */
const WEIGHTS = { indicator: 4, label: 2, clause: 1, paragraph: 1, article: 1, duration: 2, unit: 2 } as const;

/**
 * Units that say what part of the work a figure reports, whatever the paragraph is about: herds are
 * farming (存栏28.6万头只 in a paragraph on the party branch's co-operative), land in 亩 is farmland nine
 * times in ten, and a territory in 平方公里 is the place's description. Over the keyed folders: 头/只 7 of
 * 7 land_agriculture, 亩 180 of 203, 平方公里 13 of 20 other.
 */
const UNIT_CATEGORIES: ReadonlyMap<string, Category> = new Map([
  ['头', 'land_agriculture'], ['只', 'land_agriculture'], ['头只', 'land_agriculture'], ['羽', 'land_agriculture'], ['匹', 'land_agriculture'],
  ['亩', 'land_agriculture'], ['公顷', 'land_agriculture'],
  ['平方公里', 'other'],
]);

interface Keyword {
  word: string;
  category: Category;
  /** A broad head (服务, 问题) says less than a specific one (审批, 党支部). */
  strength: number;
  /** For an indicator's cue: the unit kind of that indicator; the cue speaks only for figures of that kind. */
  unitKind?: UnitKind;
}

const KEYWORDS: readonly Keyword[] = [
  ...CATEGORY_RULES.flatMap((rule) => rule.keywords.map((word) => ({ word, category: rule.category, strength: rule.generic === true ? 0.5 : 1 }))),
  ...INDICATORS.flatMap((definition: IndicatorDefinition) =>
    definition.cues.filter((cue) => cue.length >= 2).map((word) => ({ word, category: definition.domain, strength: 1, unitKind: definition.dimension }))),
];

// A longer keyword is surer evidence: 预算收入 over 收入, 党支部 over 党.
const weightOf = (keyword: Keyword): number => (keyword.strength * Math.min(keyword.word.length, 4)) / 2;

// The text is read once, position by position, rather than once per keyword. Each keyword keeps its
// position in KEYWORDS: categories enter the scores in table order, which decides ties downstream.
// An indicator's cue is evidence only for a figure of its unit kind: 不动产登记 names a registration
// *time* (approval_speed), but 办理不动产登记业务2.1万件 counts cases handled. So each unit kind reads
// the category keywords and the cues of its own indicators.
interface KindIndex { keywords: readonly Keyword[]; index: WordIndex }
const INDEX_BY_KIND = new Map<UnitKind, KindIndex>(UNIT_KINDS.map((kind) => {
  const keywords = KEYWORDS.filter((keyword) => keyword.unitKind === undefined || keyword.unitKind === kind);
  return [kind, { keywords, index: createWordIndex(keywords.map((keyword) => keyword.word)) }];
}));

/** Per category, the strongest keyword the text holds, for a figure of `unitKind`. */
function scoreText(text: string, unitKind: UnitKind): ReadonlyMap<Category, number> {
  const scores = new Map<Category, number>();
  const { keywords, index } = INDEX_BY_KIND.get(unitKind) as KindIndex;
  if (text !== '') {
    for (const rank of findWordsIn(index, text)) {
      const keyword = keywords[rank] as Keyword;
      scores.set(keyword.category, Math.max(scores.get(keyword.category) ?? 0, weightOf(keyword)));
    }
  }
  return scores;
}

/**
 * `score` that keeps its last answer for each unit kind: the scores are read only, so the same map can
 * be handed out again. Kept per kind because a paragraph's figures alternate kinds (3个项目, 总投资5亿元):
 * one answer for all kinds was thrown away at every change of kind, and the paragraph read again.
 */
function rememberLastPerKind(score: (text: string, unitKind: UnitKind) => ReadonlyMap<Category, number>): (text: string, unitKind: UnitKind) => ReadonlyMap<Category, number> {
  const last = new Map<UnitKind, { text: string; scores: ReadonlyMap<Category, number> }>();
  return (text, unitKind) => {
    const remembered = last.get(unitKind);
    if (remembered !== undefined && remembered.text === text) return remembered.scores;
    const scores = score(text, unitKind);
    last.set(unitKind, { text, scores });
    return scores;
  };
}

// Every figure of a paragraph scores the same paragraph (and often the same clause): each kept apart, so
// a paragraph of n figures is read once per kind, not n times, which made a long figure-dense paragraph cost n².
const scoreClause = rememberLastPerKind(scoreText);
const scoreParagraph = rememberLastPerKind(scoreText);

function addInto(total: Map<Category, number>, scores: ReadonlyMap<Category, number>, weight: number): void {
  for (const [category, score] of scores) total.set(category, (total.get(category) ?? 0) + weight * score);
}

/** The words a figure's evidence is read from. */
export interface CategoryInput {
  metric: string;
  clause: string;
  paragraph: string;
  indicator: IndicatorDefinition | null;
  unitKind: UnitKind;
  /**
   * True for a span of time that is no age or year count (7个工作日, 45天, 2小时): in reform reporting
   * nearly always how long a procedure takes — about three in four in the keyed folders.
   */
  isProcedureTime: boolean;
}

/** A figure's own evidence: its indicator, its label, its clause and its paragraph. */
export function findCategoryEvidence(input: CategoryInput): CategoryEvidence {
  const evidence = new Map<Category, number>();
  if (input.indicator !== null) evidence.set(input.indicator.domain, WEIGHTS.indicator);
  if (input.isProcedureTime) evidence.set('approval_speed', (evidence.get('approval_speed') ?? 0) + WEIGHTS.duration);
  addInto(evidence, scoreText(input.metric, input.unitKind), WEIGHTS.label);
  addInto(evidence, scoreClause(input.clause, input.unitKind), WEIGHTS.clause);
  addInto(evidence, scoreParagraph(input.paragraph, input.unitKind), WEIGHTS.paragraph);
  return evidence;
}

/** What an article reports on: its figures' evidence, each figure's share normalised to 1. */
export function findArticleLeaning(evidence: readonly CategoryEvidence[]): CategoryEvidence {
  const leaning = new Map<Category, number>();
  if (evidence.length === 0) return leaning;
  for (const scores of evidence) {
    const sum = [...scores.values()].reduce((s, v) => s + v, 0);
    if (sum > 0) addInto(leaning, scores, 1 / (sum * evidence.length));
  }
  return leaning;
}

/**
 * The category with the most evidence once the article's leaning and what the unit says (头, 亩, 平方公里) are
 * added; `fallback()` when nothing speaks (it is asked only then).
 * @example classifyCategory(findCategoryEvidence({ metric: '走访企业数', … }), leaning, 'other') // 'enterprise_service'
 */
export function classifyCategory(evidence: CategoryEvidence, leaning: CategoryEvidence, fallback: () => Category, baseUnit = ''): Category {
  const total = new Map(evidence);
  addInto(total, leaning, WEIGHTS.article);
  // The unit speaks for its own figure only: it is no sign of what the article is about, so it stays
  // out of the evidence the leaning is made of (83亩 of a cleared dump must not pull a clean-up article to farming).
  const owner = UNIT_CATEGORIES.get(baseUnit);
  if (owner !== undefined) total.set(owner, (total.get(owner) ?? 0) + WEIGHTS.unit);
  let best: Category | null = null;
  let bestScore = 0;
  for (const [category, score] of total) {
    if (score > bestScore) [best, bestScore] = [category, score];
  }
  return best ?? fallback();
}

// A count of cases, certificates or visits is never a time: 办理审批事项3862件, 发放许可证1.2万张 and
// 出入境5.4万人次 count work done (service volume), whatever 审批 or 办结 around them says. Over every keyed
// folder, figures in 件, 张 and 人次 were filed under approval_speed not once (件 alone 113 times as
// service_volume); 次 stays out, since 跑动次数 (visits a procedure needs) is a matter of speed.
const COUNTED_WORK_UNITS: ReadonlySet<string> = new Set(['件', '张', '人次']);

/** The category a figure's unit allows: approval_speed becomes service_volume for a count of work done. */
export function allowByUnit(category: Category, baseUnit: string): Category {
  return category === 'approval_speed' && COUNTED_WORK_UNITS.has(baseUnit) ? 'service_volume' : category;
}

