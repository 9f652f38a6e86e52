import { pinyin } from 'pinyin-pro';
import { expect, it } from 'vitest';
import { createTranslate } from '../../src/app/i18n/translate';
import { describeInBrowser } from './describe-in-browser';
import { fetchDataset } from './fetch-dataset';
import { selectFilterLocality } from './seed-expectations';

const t = createTranslate('zh');

/** A name in pinyin three ways: with tone marks and spaces, plain, and as initials. */
function spell(name: string): string[] {
  return [
    pinyin(name, { toneType: 'symbol' }),
    pinyin(name, { toneType: 'none', separator: '' }),
    pinyin(name, { pattern: 'first', toneType: 'none', separator: '' }),
  ];
}

describeInBrowser('searching in pinyin', (session) => {
  it('finds a place in the locality search by full pinyin, with or without tones, and by initials', async () => {
    const dataset = await fetchDataset(session.baseUrl);
    const { locality } = selectFilterLocality(dataset);
    const page = await session.open('#/figures');
    const search = page.getByRole('searchbox', { name: t('filters.localitySearch') });
    for (const spelling of spell(locality.name)) {
      await search.fill(spelling);
      await page.getByRole('checkbox', { name: locality.name, exact: true }).waitFor({ timeout: 10_000 });
    }
    await page.getByRole('checkbox', { name: locality.name, exact: true }).check();
    expect(new URL(page.url()).hash).toContain(`loc=${encodeURIComponent(locality.id)}`);
  });

  it('filters the figures by a place name typed in pinyin as if typed in characters', async () => {
    const dataset = await fetchDataset(session.baseUrl);
    const { locality } = selectFilterLocality(dataset);
    const page = await session.open('#/figures');
    const search = page.getByRole('searchbox', { name: t('filters.search'), exact: true });
    await search.fill(locality.name);
    const byCharacters = await page.locator('.filter-counts').innerText();
    expect(byCharacters).not.toBe(t('filters.counts', { shown: dataset.figures.length, total: dataset.figures.length }));

    await search.fill(spell(locality.name)[1] ?? '');

    await expect.poll(() => page.locator('.filter-counts').innerText(), { timeout: 10_000 }).toBe(byCharacters);
    expect(new URL(page.url()).hash).toContain('q=');
  });
});
