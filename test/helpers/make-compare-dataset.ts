import type { Dataset, Figure, Paragraph } from '../../src/dataset/schema';
import {
  makeArticle,
  makeDataset,
  makeFigureIn,
  makeIndicator,
  makeLocality,
  makeParagraph,
  makeSampleLocalities,
  makeSource,
} from './make-dataset';

/**
 * A dataset for comparing places on indicators. Sentences are synthetic:
 * - 审批时限 (less is better, not additive): 郧西县 由15个工作日压缩至一半 (after-value 7.5 to work out),
 *   浦东新区 由20个工作日压缩至8个工作日 (2022) and 10个工作日 in 2021, 朝阳区 5天 (another unit);
 * - 走访企业 (more is better, additive): 郧西县 约100家 and its towns 城关镇 30家, 上津镇 20户; 张湾区 50家 and
 *   a target of 80家; an anecdote and an unplaced figure that never compare.
 */
export function makeCompareDataset(): Dataset {
  const sample = makeSampleLocalities();
  const yunxi = sample.find((l) => l.id === 'cn-420322');
  const shiyan = sample.find((l) => l.id === 'cn-420300');
  if (!yunxi || !shiyan) throw new Error('sample localities changed');
  const child = (id: string, name: string, level: 'county' | 'township', parent: typeof yunxi) =>
    makeLocality({ id, name, level, parentId: parent.id, fullName: parent.fullName + name, path: [...parent.path, name] });
  const localities = [...sample, child('cn-420322101', '上津镇', 'township', yunxi), child('cn-420303', '张湾区', 'county', shiyan)];

  const articles = [
    makeArticle({ id: 'a1', sourceId: 's1', title: '郧西县优化营商环境', date: '2023-05-22', localityId: 'cn-420322' }),
    makeArticle({ id: 'a2', sourceId: 's1', title: '浦东新区审批提速', date: '2022-03-01', localityId: 'cn-310115', index: 1 }),
    makeArticle({ id: 'a3', sourceId: 's1', title: '朝阳区服务企业', localityId: 'cn-110105', index: 2 }),
  ];
  const texts: readonly [string, string, string][] = [
    ['p1', 'a1', '郧西县审批时限由15个工作日压缩至一半。'],
    ['p2', 'a2', '浦东新区审批时限由20个工作日压缩至8个工作日。'],
    ['p3', 'a2', '2021年浦东新区审批时限为10个工作日。'],
    ['p4', 'a3', '朝阳区审批时限为5天。'],
    ['p5', 'a1', '城关镇走访企业30家，上津镇走访企业20户。'],
    ['p6', 'a1', '郧西县走访企业约100家。'],
    ['p7', 'a1', '张湾区走访企业50家，计划走访80家。'],
    ['p8', 'a3', '店主走访企业2家，另有走访企业12家。'],
  ];
  const paragraphs = texts.map(([id, articleId, text], index) => makeParagraph({ id, articleId, index, text }));
  const [p1, p2, p3, p4, p5, p6, p7, p8] = paragraphs as [Paragraph, Paragraph, Paragraph, Paragraph, Paragraph, Paragraph, Paragraph, Paragraph];
  const days = (p: Paragraph, text: string, value: number, overrides: Partial<Figure>) =>
    makeFigureIn(p, text, {
      value, unit: '个工作日', baseValue: value, baseUnit: '工作日', unitKind: 'duration', metric: '审批时限',
      category: 'approval_speed', indicatorId: 'approval-time', ...overrides,
    });
  const visits = (p: Paragraph, text: string, value: number, overrides: Partial<Figure>) =>
    makeFigureIn(p, text, {
      value, unit: '家', baseValue: value, baseUnit: '家', unitKind: 'count', metric: '走访企业',
      category: 'enterprise_service', indicatorId: 'enterprises-visited', ...overrides,
    });
  const yunxiBefore = days(p1, '15个工作日', 15, { aspect: 'before', localityId: 'cn-420322' });
  const pudongBefore = days(p2, '20个工作日', 20, { aspect: 'before', localityId: 'cn-310115' });
  const figures = [
    yunxiBefore,
    makeFigureIn(p1, '一半', {
      value: 50, unit: '%', baseValue: 50, baseUnit: '%', unitKind: 'ratio', kind: 'fraction', metric: '审批时限',
      category: 'approval_speed', indicatorId: 'time-limit-cut', aspect: 'share', localityId: 'cn-420322', previousFigureId: yunxiBefore.id,
    }),
    pudongBefore,
    days(p2, '8个工作日', 8, { localityId: 'cn-310115', previousFigureId: pudongBefore.id }),
    days(p3, '10个工作日', 10, { localityId: 'cn-310115', period: { text: '2021年', start: '2021', end: '2021' } }),
    days(p4, '5天', 5, { unit: '天', baseUnit: '天', localityId: 'cn-110105' }),
    visits(p5, '30家', 30, { localityId: 'cn-420322100' }),
    visits(p5, '20户', 20, { unit: '户', baseUnit: '户', localityId: 'cn-420322101' }),
    visits(p6, '约100家', 100, { qualifier: 'approx', localityId: 'cn-420322' }),
    visits(p7, '50家', 50, { localityId: 'cn-420303' }),
    visits(p7, '80家', 80, { aspect: 'target', localityId: 'cn-420303' }),
    visits(p8, '2家', 2, { anecdote: true, localityId: 'cn-110105' }),
    visits(p8, '12家', 12, { localityId: null }),
  ];
  const indicators = [
    makeIndicator({ id: 'approval-time', nameZh: '审批时限', nameEn: 'Approval time limit', domain: 'approval_speed', dimension: 'duration', baseUnit: '工作日', additive: false, direction: 'down' }),
    makeIndicator({ id: 'time-limit-cut', nameZh: '审批时限压缩比例', nameEn: 'Time limit cut', domain: 'approval_speed', dimension: 'ratio', baseUnit: '%', additive: false, direction: 'up' }),
    makeIndicator({ id: 'enterprises-visited', nameZh: '走访企业', nameEn: 'Enterprises visited', domain: 'enterprise_service', baseUnit: '家', direction: 'up' }),
  ];
  return makeDataset({ sources: [makeSource()], articles, paragraphs, localities, figures, indicators });
}
