import {
  SCHEMA_VERSION,
  type Article,
  type Dataset,
  type Figure,
  type Indicator,
  type Locality,
  type Paragraph,
  type Source,
} from '../../src/dataset/schema';

/** A source file record; every field can be overridden. */
export function makeSource(overrides: Partial<Source> = {}): Source {
  return { id: 's1', file: '001_test.txt', encoding: 'utf-8', bytes: 100, script: 'simplified', ...overrides };
}

/** An article of source `s1` with no locality unless given. */
export function makeArticle(overrides: Partial<Article> = {}): Article {
  const title = overrides.title ?? '测试文章';
  return {
    id: 'a1',
    sourceId: 's1',
    title,
    titleOriginal: title,
    titleDerived: false,
    subtitle: null,
    date: null,
    outlet: null,
    bylines: [],
    localityId: null,
    localityConfidence: 0,
    script: 'simplified',
    index: 0,
    ...overrides,
  };
}

/** A paragraph whose original equals its text unless given. */
export function makeParagraph(overrides: Partial<Paragraph> = {}): Paragraph {
  const text = overrides.text ?? '测试段落。';
  return {
    id: 'p1',
    articleId: 'a1',
    index: 0,
    role: 'body',
    text,
    original: text,
    sourceStart: 0,
    sourceEnd: text.length,
    ...overrides,
  };
}

/** A locality; `fullName` and `path` default to the name alone (a top-level place). */
export function makeLocality(overrides: Partial<Locality> = {}): Locality {
  const name = overrides.name ?? '测试县';
  return {
    id: `loc-${name}`,
    name,
    fullName: name,
    aliases: [],
    level: 'county',
    code: null,
    parentId: null,
    path: [name],
    ...overrides,
  };
}

/** A plain figure: 3个 in paragraph p1, counted in 个. */
export function makeFigure(overrides: Partial<Figure> = {}): Figure {
  return {
    id: 'f1',
    sourceFile: '001_test.txt',
    articleId: 'a1',
    paragraphId: 'p1',
    start: 0,
    end: 2,
    text: '3个',
    originalStart: 0,
    originalEnd: 2,
    value: 3,
    valueMax: null,
    unit: '个',
    baseValue: 3,
    baseValueMax: null,
    baseUnit: '个',
    unitKind: 'count',
    kind: 'quantity',
    qualifier: 'exact',
    metric: '测试指标',
    category: 'other',
    indicatorId: null,
    aspect: 'level',
    period: null,
    anecdote: false,
    localityId: null,
    localityConfidence: 0,
    previousFigureId: null,
    ...overrides,
  };
}

/**
 * A figure whose span is found in the paragraph, so `paragraph.text.slice(start, end) === text` holds.
 * The original span is found the same way in `paragraph.original` (give `originalText` when it differs).
 */
export function makeFigureIn(
  paragraph: Paragraph,
  text: string,
  overrides: Partial<Figure> & { originalText?: string } = {},
): Figure {
  const { originalText = text, ...rest } = overrides;
  const start = paragraph.text.indexOf(text);
  const originalStart = paragraph.original.indexOf(originalText);
  if (start < 0 || originalStart < 0) throw new Error(`"${text}" is not in paragraph ${paragraph.id}`);
  return makeFigure({
    id: `${paragraph.id}-${start}`,
    articleId: paragraph.articleId,
    paragraphId: paragraph.id,
    text,
    start,
    end: start + text.length,
    originalStart,
    originalEnd: originalStart + originalText.length,
    ...rest,
  });
}

/** An indicator counted in 个, additive, with no preferred direction. */
export function makeIndicator(overrides: Partial<Indicator> = {}): Indicator {
  return {
    id: 'test-count',
    nameZh: '测试指标',
    nameEn: 'Test measure',
    domain: 'other',
    dimension: 'count',
    baseUnit: '个',
    additive: true,
    direction: null,
    ...overrides,
  };
}

/** An empty, valid dataset with the given parts. */
export function makeDataset(overrides: Partial<Omit<Dataset, 'schemaVersion'>> = {}): Dataset {
  return {
    schemaVersion: SCHEMA_VERSION,
    sources: [],
    articles: [],
    paragraphs: [],
    localities: [],
    figures: [],
    indicators: [],
    warnings: [],
    ...overrides,
  };
}

/** Places in three provinces, with a chain four levels deep under 湖北省. */
export function makeSampleLocalities(): Locality[] {
  const place = (id: string, name: string, level: Locality['level'], parent: Locality | null, code: string | null) =>
    makeLocality({
      id,
      name,
      level,
      code,
      parentId: parent?.id ?? null,
      fullName: (parent?.fullName ?? '') + name,
      path: [...(parent?.path ?? []), name],
    });
  const hubei = place('cn-420000', '湖北省', 'province', null, '420000');
  const shiyan = place('cn-420300', '十堰市', 'prefecture', hubei, '420300');
  const yunxi = place('cn-420322', '郧西县', 'county', shiyan, '420322');
  const town = place('cn-420322100', '城关镇', 'township', yunxi, '420322100000');
  const shanghai = place('cn-310000', '上海市', 'province', null, '310000');
  const pudong = place('cn-310115', '浦东新区', 'county', shanghai, '310115');
  const beijing = place('cn-110000', '北京市', 'province', null, '110000');
  const chaoyang = place('cn-110105', '朝阳区', 'county', beijing, '110105');
  return [hubei, shiyan, yunxi, town, shanghai, pudong, beijing, chaoyang];
}

/**
 * A small sound dataset: a simplified and a traditional source, figures of every qualifier, one
 * figure with no locality and one article with no figures. Sentences are synthetic.
 */
export function makeSampleDataset(): Dataset {
  const localities = makeSampleLocalities();
  const sources = [
    makeSource({ id: 's1', file: '001_yunxi.txt' }),
    makeSource({ id: 's2', file: '002_pudong.txt', script: 'traditional', encoding: 'utf-16le' }),
    makeSource({ id: 's3', file: '003_chaoyang.txt' }),
  ];
  const articles = [
    makeArticle({ id: 'a1', sourceId: 's1', title: '郧西县优化营商环境', localityId: 'cn-420322', localityConfidence: 0.9 }),
    makeArticle({
      id: 'a2', sourceId: 's2', title: '浦东新区政务服务', titleOriginal: '浦東新區政務服務',
      localityId: 'cn-310115', localityConfidence: 0.9, script: 'traditional',
    }),
    makeArticle({ id: 'a3', sourceId: 's3', title: '朝阳区招商引资', localityId: 'cn-110105', localityConfidence: 0.8 }),
    makeArticle({ id: 'a4', sourceId: 's3', title: '会议纪要', index: 1 }),
  ];
  const p = (id: string, articleId: string, index: number, text: string, original = text) =>
    makeParagraph({ id, articleId, index, text, original });
  const paragraphs = [
    p('a1-0', 'a1', 0, '郧西县召开推进会。'),
    p('a1-1', 'a1', 1, '今年全县完成固定资产投资3.5亿元，同比增长12%。'),
    p('a1-2', 'a1', 2, '企业开办时间压缩至3个工作日。'),
    p('a2-0', 'a2', 0, '浦东新区全年办理业务约2.8万件。', '浦東新區全年辦理業務約2.8萬件。'),
    p('a2-1', 'a2', 1, '群众满意率达到99%以上。', '群眾滿意率達到99%以上。'),
    p('a3-0', 'a3', 0, '朝阳区签约项目投资5至8亿元。'),
    p('a3-1', 'a3', 1, '新增就业1200人。'),
    p('a4-0', 'a4', 0, '会议强调要抓好落实。'),
  ];
  const [, a11, a12, a20, a21, a30, a31] = paragraphs as [Paragraph, Paragraph, Paragraph, Paragraph, Paragraph, Paragraph, Paragraph];
  const figures = [
    makeFigureIn(a11, '3.5亿元', {
      sourceFile: '001_yunxi.txt', value: 3.5, unit: '亿元', baseValue: 3.5e8, baseUnit: '元', unitKind: 'money',
      metric: '固定资产投资', category: 'investment', localityId: 'cn-420322', localityConfidence: 0.9,
    }),
    makeFigureIn(a11, '12%', {
      sourceFile: '001_yunxi.txt', value: 12, unit: '%', baseValue: 12, baseUnit: '%', unitKind: 'ratio',
      kind: 'fraction', metric: '同比增长', category: 'output_revenue', localityId: 'cn-420322',
    }),
    makeFigureIn(a12, '3个工作日', {
      sourceFile: '001_yunxi.txt', value: 3, unit: '个工作日', baseValue: 3, baseUnit: '工作日', unitKind: 'duration',
      metric: '企业开办时间', category: 'approval_speed', localityId: 'cn-420322100',
    }),
    makeFigureIn(a20, '约2.8万件', {
      originalText: '約2.8萬件', sourceFile: '002_pudong.txt', value: 2.8, unit: '万件', baseValue: 28000,
      baseUnit: '件', unitKind: 'count', qualifier: 'approx', metric: '办理业务', category: 'service_volume',
      localityId: 'cn-310115',
    }),
    makeFigureIn(a21, '99%以上', {
      sourceFile: '002_pudong.txt', value: 99, unit: '%', baseValue: 99, baseUnit: '%', unitKind: 'ratio',
      kind: 'fraction', qualifier: 'atLeast', metric: '群众满意率', category: 'satisfaction_rate', localityId: 'cn-310115',
    }),
    makeFigureIn(a30, '5至8亿元', {
      sourceFile: '003_chaoyang.txt', value: 5, valueMax: 8, unit: '亿元', baseValue: 5e8, baseValueMax: 8e8,
      baseUnit: '元', unitKind: 'money', qualifier: 'range', metric: '签约项目投资', category: 'investment',
      localityId: 'cn-110105',
    }),
    makeFigureIn(a31, '1200人', {
      sourceFile: '003_chaoyang.txt', value: 1200, unit: '人', baseValue: 1200, baseUnit: '人', unitKind: 'count',
      metric: '新增就业', category: 'employment_income', localityId: null,
    }),
  ];
  return makeDataset({ sources, articles, paragraphs, localities, figures });
}
