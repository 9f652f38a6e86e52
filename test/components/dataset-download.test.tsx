import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { strFromU8, unzipSync } from 'fflate';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../../src/app/i18n/i18n-context';
import { DatasetDownload } from '../../src/components/dataset-download';
import { makeDatasetIndex } from '../helpers/make-app-layout';
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
});
