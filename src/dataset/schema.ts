/**
 * The dataset contract: what `npm run dataset` writes to `public/data/dataset.json` and what the
 * dashboard reads. One module, shared by the CLI (scripts/), the extraction core (src/core/) and
 * the app (src/app/, src/views/).
 *
 * Fields marked PUBLIC are read by external scorers (shared/eval/README.md): never rename them.
 *
 * Offsets are UTF-16 code units (JavaScript string indices), always half-open [start, end).
 */

/** Bumped whenever a reader of an older dataset would misread a newer one. */
export const SCHEMA_VERSION = 2;

/** Byte encodings the CLI recognises, recorded per source. */
export const ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'gb18030'] as const;
export type Encoding = (typeof ENCODINGS)[number];

/** Which Chinese script a text is written in. `mixed` when neither dominates clearly. */
export const SCRIPTS = ['simplified', 'traditional', 'mixed'] as const;
export type Script = (typeof SCRIPTS)[number];

/**
 * Administrative levels, from the top. `zone` is a development zone or industrial park
 * (园区, 开发区, 高新区): not a GB/T 2260 division but governed like one, usually county level.
 */
export const LOCALITY_LEVELS = ['province', 'prefecture', 'county', 'zone', 'township', 'village'] as const;
export type LocalityLevel = (typeof LOCALITY_LEVELS)[number];

/** How a figure's number relates to the true quantity. Stored apart from the value, never folded in. */
export const QUALIFIERS = ['exact', 'approx', 'atLeast', 'atMost', 'range'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

/** The taxonomy the answer key uses; `classifyMetric` assigns one per figure (see src/core/figures/). */
export const CATEGORIES = [
  'investment',
  'output_revenue',
  'approval_speed',
  'service_volume',
  'satisfaction_rate',
  'employment_income',
  'land_agriculture',
  'environment_infrastructure',
  'party_organisation',
  'enterprise_service',
  'education_social',
  'other',
] as const;
export type Category = (typeof CATEGORIES)[number];

/** The physical dimension of a unit, so that only like is compared with like. */
export const UNIT_KINDS = [
  'money',
  'area',
  'volume',
  'length',
  'weight',
  'power',
  'energy',
  'duration',
  'count',
  'ratio',
  'multiple',
  'fraction',
  /** Degrees Celsius (16.5℃, -9.8℃): climate facts of encyclopedia-style entries; the only kind that may be negative. */
  'temperature',
  /** Mass per volume (PM2.5 19微克/立方米, 0.5毫克/升): air and water quality in environment reports. */
  'concentration',
] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

/**
 * What a figure's number is, relative to the measure it belongs to:
 * - `level`: the current value (审批时限7个工作日; the after-value of 由15个工作日压缩至7个工作日);
 * - `before`: the value before a change (the 15个工作日 above);
 * - `change`: a change of the measure (增长8.5%, 减少3个工作日, 压缩一半);
 * - `share`: a part of a whole (占全市的80%);
 * - `target`: a planned or promised value (计划, 力争, 到2025年).
 */
export const ASPECTS = ['level', 'before', 'change', 'share', 'target'] as const;
export type Aspect = (typeof ASPECTS)[number];

/** Which way is better for an indicator: more (revenue, satisfaction) or less (approval days, PM2.5). */
export const DIRECTIONS = ['up', 'down'] as const;
export type Direction = (typeof DIRECTIONS)[number];

/** What sort of quantity a figure is: a plain amount, or a relative form kept apart from amounts. */
export const FIGURE_KINDS = ['quantity', 'fraction', 'multiple'] as const;
export type FigureKind = (typeof FIGURE_KINDS)[number];

/** One input file. */
export interface Source {
  /** PUBLIC. Stable id derived from the file path and content. */
  id: string;
  /** PUBLIC. The file's path relative to the input folder, with `/` separators (e.g. `000_c4f9.txt`). */
  file: string;
  /** The byte encoding detected when decoding the file. */
  encoding: Encoding;
  /** Size of the file in bytes. */
  bytes: number;
  /** Script of the file as a whole (each article also records its own). */
  script: Script;
}

/** One news article; a source file may hold several (a newspaper page). */
export interface Article {
  /** PUBLIC. Stable id: the source id plus the article's position. */
  id: string;
  /** PUBLIC. The source this article was cut from. */
  sourceId: string;
  /** Printed headline in simplified Chinese, or the first sentence when the page printed none. */
  title: string;
  /** The headline in the source's own script. */
  titleOriginal: string;
  /**
   * True when the page printed no headline and `title` was derived from the text (the lead's subject and
   * predicate, or the first heading) rather than read from a headline line.
   */
  titleDerived: boolean;
  /** Sub-headline (the line after ——), when printed. */
  subtitle: string | null;
  /**
   * PUBLIC (optional for scorers). Publication date, ISO 8601 to the precision printed (`2023-05-22`,
   * `2023-05`, `2023`), from a 发布时间/日期 line, an e-paper masthead, a dated byline or a wire dateline
   * on a page that prints the year; null when the page prints none.
   */
  date: string | null;
  /** PUBLIC (optional for scorers). The publishing outlet as printed (来源, the paper of 本报讯, a wire): 人民网-湖北频道. */
  outlet: string | null;
  /** Byline names (记者/通讯员), as printed, simplified. */
  bylines: string[];
  /** PUBLIC. The place the article is mainly about, or null when no place could be resolved. */
  localityId: string | null;
  /** 0–1: how sure the attribution of `localityId` is. */
  localityConfidence: number;
  /** Script the article was written in. */
  script: Script;
  /** Position of the article in its source (0-based). */
  index: number;
}

/** What a paragraph is on the page: the headline and sub-headline are paragraphs too, so figures in them are kept. */
export const PARAGRAPH_ROLES = ['title', 'subtitle', 'heading', 'body'] as const;
export type ParagraphRole = (typeof PARAGRAPH_ROLES)[number];

/** One paragraph of an article, after clean-up. */
export interface Paragraph {
  /** PUBLIC. Stable id: the article id plus the paragraph's position. */
  id: string;
  /** PUBLIC. The article this paragraph belongs to. */
  articleId: string;
  /** Position within the article (0-based). */
  index: number;
  role: ParagraphRole;
  /** PUBLIC. Cleaned text in simplified Chinese: what figures' spans point into. */
  text: string;
  /** Cleaned text in the source's own script (equal to `text` for simplified sources). */
  original: string;
  /** [sourceStart, sourceEnd): the stretch of the decoded source file this paragraph was cleaned from. */
  sourceStart: number;
  sourceEnd: number;
}

/** A place: an administrative division, or a zone, village or community the text names. */
export interface Locality {
  /** PUBLIC. Stable id: the division code where known (`cn-420303`), else derived from the chain of names. */
  id: string;
  /** PUBLIC. Name with its suffix as commonly written: 郧西县, 汉江路街道, 苏锡通科技产业园区. */
  name: string;
  /** PUBLIC. The whole chain as one string: 湖北省十堰市郧西县. */
  fullName: string;
  /** Other names seen in the corpus for the same place (short forms, aliases): 郧西, 苏锡通园区. */
  aliases: string[];
  level: LocalityLevel;
  /** GB/T 2260 / statistical division code, when the gazetteer knows the place. */
  code: string | null;
  /** PUBLIC. The parent locality, or null at the top of the chain. */
  parentId: string | null;
  /** PUBLIC (optional for scorers). Names from the top of the chain down to this place, inclusive. */
  path: string[];
}

/** One reported figure: a number with its unit, as the article states it. */
export interface Figure {
  /** PUBLIC. Stable id: the paragraph id plus the span. */
  id: string;
  /** PUBLIC. The source file name, as in `Source.file`. */
  sourceFile: string;
  articleId: string;
  /** PUBLIC. The paragraph the figure was read from. */
  paragraphId: string;
  /** PUBLIC. [start, end) in `paragraph.text`: `paragraph.text.slice(start, end) === text`, always. */
  start: number;
  end: number;
  /** PUBLIC. The figure as written in the paragraph: 20余个, 2.8万人, 近3000亩. */
  text: string;
  /** [originalStart, originalEnd) of the same words in `paragraph.original`, for the 简/繁 toggle. */
  originalStart: number;
  originalEnd: number;
  /** PUBLIC. The number as written: 2.8 for 2.8万人, 20 for 20余个, 3 for 三个; the lower bound of a range. */
  value: number;
  /** PUBLIC. Upper bound of a range (2至3个月 → 3), else null. */
  valueMax: number | null;
  /** PUBLIC. The unit as written, simplified, magnitude included: 万人, 亿元, 个工作日, %. Empty when none. */
  unit: string;
  /** PUBLIC. `value` in the base unit: 2.8万人 → 28000. */
  baseValue: number;
  /** Upper bound of a range in the base unit, else null. */
  baseValueMax: number | null;
  /** PUBLIC. The base unit that localities are compared in: 元, 人, 平方米, 工作日, %. */
  baseUnit: string;
  unitKind: UnitKind;
  kind: FigureKind;
  qualifier: Qualifier;
  /** PUBLIC. Short label of what is counted: 总投资, 走访企业, 群众满意率. Simplified Chinese. */
  metric: string;
  /** PUBLIC. The domain of the measure; equal to the indicator's `domain` when `indicatorId` is set. */
  category: Category;
  /**
   * The measure from `Dataset.indicators` this figure reports (审批时限, 走访企业数 …), or null when none
   * fits: such a figure is listed but never charted as comparable. When set, `unitKind` is the
   * indicator's `dimension`.
   */
  indicatorId: string | null;
  /** How the number relates to the measure: its level, the value before a change, a change, a share or a target. */
  aspect: Aspect;
  /** The time the figure refers to, from its clause or its article; null when nothing says. */
  period: Period | null;
  /** True for a number about one private person (an age, one family's shop): kept, never compared. */
  anecdote: boolean;
  /** PUBLIC. The place the figure is about, or null when none could be resolved. */
  localityId: string | null;
  /** 0–1: how sure the locality attribution is. */
  localityConfidence: number;
  /** For the after-figure of "由15个工作日压缩至7个工作日": the id of the before-figure. */
  previousFigureId: string | null;
  /**
   * Where the figure comes from: absent (or null in the app's tables) for the extractor's figures,
   * `review` for one a reviewer added by selecting its words (applied from a corrections file).
   */
  origin?: FigureOrigin | null;
  /** A reviewer's decision on this figure, applied from a corrections file; absent (or null) when unreviewed. */
  review?: FigureReview | null;
}

/** Who put a figure in the dataset: `extracted` by the pipeline, or added in `review`. */
export const FIGURE_ORIGINS = ['extracted', 'review'] as const;
export type FigureOrigin = (typeof FIGURE_ORIGINS)[number];

/**
 * What a reviewer decided about a figure: it reads true as extracted (`correct`), some of its fields
 * were put right (`corrected`), it is no figure at all (`wrong`: such a figure leaves `figures` for
 * `Dataset.rejected`), or the extractor missed it and a reviewer added it (`added`).
 */
export const REVIEW_STATUSES = ['correct', 'corrected', 'wrong', 'added'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

/**
 * The fields of a figure a reviewer may set (src/dataset/corrections.ts): a corrected field replaces
 * the extracted one; `baseValue`, `baseUnit` and `unitKind` follow from the corrected value and unit.
 */
export interface FigureFields {
  value?: number;
  valueMax?: number | null;
  unit?: string;
  qualifier?: Qualifier;
  localityId?: string | null;
  metric?: string;
  indicatorId?: string | null;
  category?: Category;
  period?: Period | null;
}

/** A review decision as the dataset records it on the figure it was applied to. */
export interface FigureReview {
  status: ReviewStatus;
  /** The reviewer's name as typed (several, joined by `、`, when their decisions agreed). */
  reviewer: string;
  /** When the (latest) decision was made: ISO 8601 with time and zone, `2026-12-03T08:15:00.000Z`. */
  at: string;
  /** The reviewer's note, '' when none (several agreeing notes joined by ` | `). */
  note: string;
  /** For `corrected`: the values the extractor gave the fields the reviewer replaced. */
  extracted?: FigureFields;
}

/** A figure a reviewer marked wrong: out of `figures`, kept here so the decision stays visible and undoable. */
export interface Rejection {
  /** The figure as extracted, with its `review` (status `wrong`). */
  figure: Figure;
  /** Why it was removed, for a person: the reviewer's note, or that it was marked wrong without one. */
  reason: string;
}

/**
 * The time a figure refers to. Bounds are ISO 8601 to the precision known (`2022`, `2021-07`, `2023-05-22`);
 * a bound is null when open: 2019年以来 in an undated article → start 2019, end null.
 */
export interface Period {
  /** The words that gave the period, simplified: 2021年1-7月, 今年以来, 截至目前. */
  text: string;
  start: string | null;
  end: string | null;
}

/** A measure of the indicator taxonomy (src/core/indicators/): what localities are compared on. */
export interface Indicator {
  /** Stable id, kebab-case English: `approval-time`, `enterprises-visited`. */
  id: string;
  /** Name in Chinese: 审批时限. */
  nameZh: string;
  /** Name in English: Approval time limit. */
  nameEn: string;
  /** The category figures of this indicator carry. */
  domain: Category;
  /** The kind of quantity; every figure of the indicator has this `unitKind`. */
  dimension: UnitKind;
  /** The base unit values are compared in (工作日, 元, 家, %); counts of one indicator compare whatever their measure word. */
  baseUnit: string;
  /** True for amounts that may be summed up the hierarchy (enterprises visited); false for levels and rates. */
  additive: boolean;
  /** Which way is better, or null when neither is (a count of windows). */
  direction: Direction | null;
}

/**
 * A problem with one input file that did not stop the run: the file was skipped (an I/O or decoding
 * failure), or part of it was dropped (one paragraph or one figure) and the rest kept.
 */
export interface Warning {
  /** The file, relative to the input folder. */
  file: string;
  /**
   * Machine-readable kind. The file was skipped: `empty`, `binary`, `unreadable`, `not-a-file`,
   * `too-large`, `symlink-loop`. Part of it was repaired or dropped: `truncated`, `invalid-bytes`,
   * `mixed-encoding`, `nul-bytes`, `no-bom`, `changed-while-read`, `figure-dropped`,
   * `figures-failed`, `locality-failed`, `segment-failed`, `paragraph-dropped`. `no-articles` …
   */
  code: string;
  /** A sentence for a person; names the paragraph or byte offset when the problem has one. */
  message: string;
  /** The paragraph the problem is in, when that paragraph is in the dataset (a dropped one has no id). */
  paragraphId?: string;
  /** Where in the decoded text the problem starts (UTF-16 code units), when it is in one place. */
  sourceOffset?: number;
  /** Where in the file's bytes the problem starts, for decoding problems (a cut-off character, bad bytes). */
  byteOffset?: number;
}

/** Which slice of a corpus a `--shard K/N` run processed; only shard outputs carry it, never a merged dataset. */
export interface ShardInfo {
  /** K, from 1. */
  index: number;
  /** N, the number of slices. */
  count: number;
  /** How many .txt files the whole corpus listed, so a merge can tell shards of different corpora apart. */
  corpusFiles: number;
}

/** The whole dataset, as written to dataset.json. */
export interface Dataset {
  schemaVersion: typeof SCHEMA_VERSION;
  /** Present only in the output of a `--shard` run: the part of the corpus it covers. */
  shard?: ShardInfo;
  /** PUBLIC. */
  sources: Source[];
  /** PUBLIC. */
  articles: Article[];
  /** PUBLIC. */
  paragraphs: Paragraph[];
  /** PUBLIC. Every place used by an article or figure, with all its ancestors. */
  localities: Locality[];
  /** PUBLIC. */
  figures: Figure[];
  /** The indicator taxonomy figures refer to by `indicatorId`. */
  indicators: Indicator[];
  warnings: Warning[];
  /**
   * Present only when a corrections file was applied (`npm run dataset -- --corrections FILE`): the
   * figures reviewers marked wrong, in dataset order, each with the reason.
   */
  rejected?: Rejection[];
}
