import { it } from 'vitest';
import { createTranslate } from '../../src/app/i18n/translate';
import type { Dataset } from '../../src/dataset/schema';
import { describeInBrowser } from './describe-in-browser';
import { expectAccessible } from './expect-accessible';
import { fetchDataset } from './fetch-dataset';
import { saveScreenshot } from './save-screenshot';
import { selectFilterLocality, selectScriptFigure } from './seed-expectations';

const t = createTranslate('zh');

/** Every screen of the dashboard: its route, the heading that says it has rendered, its screenshot name. */
const VIEWS: readonly { name: string; route: (d: Dataset) => string; heading: (d: Dataset) => string }[] = [
  { name: 'overview', route: () => '#/', heading: () => t('overview.title') },
  { name: 'compare', route: () => '#/compare', heading: () => t('compare.title') },
  { name: 'figures', route: () => '#/figures', heading: () => t('nav.figures') },
  { name: 'localities', route: () => '#/localities', heading: () => t('localities.title') },
  {
    name: 'locality',
    route: (d) => `#/localities/${encodeURIComponent(selectFilterLocality(d).locality.id)}`,
    heading: (d) => selectFilterLocality(d).locality.name,
  },
  {
    name: 'article',
    route: (d) => `#/articles/${encodeURIComponent(selectScriptFigure(d).figure.articleId)}`,
    heading: (d) => selectScriptFigure(d).title,
  },
  {
    name: 'figure-panel',
    route: (d) => `#/figures?fig=${encodeURIComponent(selectScriptFigure(d).figure.id)}`,
    heading: (d) => `${selectScriptFigure(d).figure.metric || t('panel.value')}：${selectScriptFigure(d).figure.text}`,
  },
];

/** A laptop and a phone (iPhone 12–15 width). */
const WIDTHS = [
  { width: 1280, height: 900 },
  { width: 390, height: 844 },
] as const;

const CASES = VIEWS.flatMap((view) => WIDTHS.map((size) => ({ ...view, size, label: `${view.name} at ${size.width} px` })));

describeInBrowser('every view', (session) => {
  it.each(CASES)('$label renders (with no serious accessibility violation at laptop width)', async (view) => {
    const dataset = await fetchDataset(session.baseUrl);
    const page = await session.open(view.route(dataset), (p) => p.setViewportSize(view.size));
    await page.getByRole('heading', { name: view.heading(dataset), exact: true }).first().waitFor();
    // Charts draw after layout; give them their first frame before judging and photographing.
    await page.waitForLoadState('networkidle');
    // One axe pass per view: the phone layout is the same DOM under other CSS, and axe on a full table is slow.
    if (view.size.width === WIDTHS[0].width) await expectAccessible(page);
    await saveScreenshot(page, `${view.name}-${view.size.width}`);
  });
});
