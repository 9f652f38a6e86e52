import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { strFromU8, unzipSync } from 'fflate';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../../src/app/i18n/i18n-context';
import { DatasetDownload } from '../../src/components/dataset-download';
import { createGate, makeDatasetIndex, makeSiteFiles } from '../helpers/make-app-layout';
import { captureDownloads } from '../helpers/capture-downloads';
import { makeSampleDataset } from '../helpers/make-dataset';

const index = makeDatasetIndex(makeSampleDataset());

describe('DatasetDownload', () => {
  const download = captureDownloads();

  it.each([
    ['zh', '下载全部数据', '说明', '投资'],
    ['en', 'Download all data', 'description', 'Investment'],
  ] as const)('in %s, downloads a ZIP whose dictionary describes every column in the UI language', async (language, button, header, label) => {
    render(
      <I18nProvider language={language}>
        <DatasetDownload index={index} />
      </I18nProvider>,
    );
    await userEvent.click(screen.getByRole('button', { name: button }));
    await waitFor(() => expect(download.saved()).toBe(true));
    const files = unzipSync(await download.bytes());
    const dictionary = Papa.parse<Record<string, string>>(strFromU8(files['data-dictionary.csv']!).replace(/^\uFEFF/u, ''), { header: true }).data;
    const descriptions = dictionary.filter((row) => row[header] !== undefined).map((row) => row[header] ?? '');
    expect(descriptions.length).toBeGreaterThan(40);
    expect(descriptions.filter((d) => d.trim() === '')).toEqual([]);
    expect(descriptions.some((d) => d.includes(`investment = ${label}`))).toBe(true);
    expect(screen.getByRole('button', { name: button })).toBeTruthy(); // ready again
  });

  it('fetches every paragraph chunk first, counting them on the busy button, and writes every paragraph', async () => {
    const sample = makeSampleDataset();
    const gate = createGate();
    const requests: string[] = [];
    const fresh = makeDatasetIndex(sample, { requests, hold: gate.hold });
    render(<I18nProvider language="zh"><DatasetDownload index={fresh} /></I18nProvider>);
    await userEvent.click(screen.getByRole('button', { name: '下载全部数据' }));
    const busy = screen.getByRole('button', { name: '正在加载原句 0/2…' });
    expect([busy.getAttribute('aria-busy'), download.saved()]).toEqual(['true', false]);
    gate.open();
    await waitFor(() => expect(download.saved()).toBe(true));
    const paragraphs = Papa.parse<Record<string, string>>(strFromU8(unzipSync(await download.bytes())['paragraphs.csv']!).replace(/^\uFEFF/u, ''), { header: true, skipEmptyLines: true }).data;
    expect(paragraphs.map((p) => p['paragraph_id'])).toEqual(sample.paragraphs.map((p) => p.id));
    expect(requests).toHaveLength(2);
  });

  it('names the chunk it could not fetch and writes nothing', async () => {
    const sample = makeSampleDataset();
    const files = makeSiteFiles(sample);
    files.delete('data/dataset/app/paragraphs/00001.json');
    render(<I18nProvider language="zh"><DatasetDownload index={makeDatasetIndex(sample, { files })} /></I18nProvider>);
    await userEvent.click(screen.getByRole('button', { name: '下载全部数据' }));
    expect((await screen.findByRole('alert')).textContent).toBe('找不到段落文件 data/dataset/app/paragraphs/00001.json。');
    expect(download.saved()).toBe(false);
    expect(screen.getByRole('button', { name: '下载全部数据' })).toBeTruthy();
  });
});
