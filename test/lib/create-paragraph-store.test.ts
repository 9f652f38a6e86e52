import { describe, expect, it } from 'vitest';
import { LAYOUT_FOLDER } from '../../src/app/load-dataset';
import { ChunkError, createParagraphStore } from '../../src/lib/create-paragraph-store';
import { loadChunks } from '../../src/lib/load-chunks';
import { createGate, makeSiteFiles, serveFiles, toAppDataset, type SiteFiles } from '../helpers/make-app-layout';
import { makeSampleDataset } from '../helpers/make-dataset';

const dataset = makeSampleDataset();
const app = toAppDataset(dataset);
const FIRST = `${LAYOUT_FOLDER}app/paragraphs/00000.json`;

function open(files: SiteFiles = makeSiteFiles(dataset), hold?: Promise<unknown>) {
  const requests: string[] = [];
  return { store: createParagraphStore(app, LAYOUT_FOLDER, serveFiles(files, requests, hold)), requests };
}

describe('createParagraphStore', () => {
  it('fetches a chunk once, however often it is asked for', async () => {
    const { store, requests } = open();
    const first = await store.load(0);
    expect(await store.load(0)).toBe(first);
    expect(requests).toEqual([FIRST]);
  });

  it('shares one fetch between callers asking while it is on its way', async () => {
    const gate = createGate();
    const { store, requests } = open(undefined, gate.hold);
    const both = Promise.all([store.load(0), store.load(0)]);
    expect(store.state(0)).toEqual({ status: 'loading', file: FIRST });
    gate.open();
    const [a, b] = await both;
    expect(a).toBe(b);
    expect(requests).toEqual([FIRST]);
  });

  it('gives an article its paragraphs in reading order once its chunk is in, and null before', async () => {
    const { store } = open();
    expect(store.paragraphsOf('a1')).toBeNull();
    await store.load(store.chunkOf('a1') ?? -1);
    expect(store.paragraphsOf('a1')?.map((p) => p.id)).toEqual(dataset.paragraphs.filter((p) => p.articleId === 'a1').map((p) => p.id));
  });

  it.each([
    ['missing', (files: SiteFiles) => files.delete(FIRST), ''],
    ['unreadable', (files: SiteFiles) => files.set(FIRST, '{"schemaVersion":'), 'JSON'],
    ['invalid', (files: SiteFiles) => files.set(FIRST, files.get(`${LAYOUT_FOLDER}app/paragraphs/00001.json`) ?? ''), 'index is 1, not 0'],
  ])('rejects a %s chunk with an error naming its file, and keeps that state', async (failure, spoil, detail) => {
    const files = makeSiteFiles(dataset);
    spoil(files);
    const { store } = open(files);
    const error = await store.load(0).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ChunkError);
    expect(error).toMatchObject({ file: FIRST, failure });
    expect((error as ChunkError).detail).toContain(detail);
    expect(store.state(0)).toMatchObject({ status: 'error', file: FIRST, failure });
  });

  it('refuses a chunk holding paragraphs of an article the index gave to another chunk', async () => {
    const files = makeSiteFiles(dataset);
    const chunk = JSON.parse(files.get(FIRST) ?? '{}') as { paragraphs: { rows: unknown[][] } };
    const other = JSON.parse(files.get(`${LAYOUT_FOLDER}app/paragraphs/00001.json`) ?? '{}') as { paragraphs: { rows: unknown[][] } };
    chunk.paragraphs.rows.push(...other.paragraphs.rows);
    files.set(FIRST, JSON.stringify(chunk));
    const error = await open(files).store.load(0).catch((e: unknown) => e);
    expect(error).toMatchObject({ failure: 'invalid' });
    expect((error as ChunkError).detail).toMatch(/is not an article of this chunk/u);
  });

  it('fetches again after a failure, and then has the text', async () => {
    const files = makeSiteFiles(dataset);
    const sound = files.get(FIRST) ?? '';
    files.delete(FIRST);
    const { store, requests } = open(files);
    await expect(store.load(0)).rejects.toThrow(FIRST);
    files.set(FIRST, sound);
    await store.load(0);
    expect(store.state(0).status).toBe('ready');
    expect(requests).toEqual([FIRST, FIRST]);
  });

  it('tells subscribers of every change, until they unsubscribe', async () => {
    const { store } = open();
    const seen: string[] = [];
    const stop = store.subscribe(() => seen.push(store.state(0).status));
    await store.load(0);
    stop();
    await store.load(1);
    expect(seen).toEqual(['loading', 'ready']);
  });
});

describe('loadChunks', () => {
  it('loads every chunk listed, counting them as they come in, each fetched once', async () => {
    const { store, requests } = open();
    const progress: string[] = [];
    await store.load(0); // one already in costs nothing
    await loadChunks(store, [0, 1], (done, total) => progress.push(`${done}/${total}`));
    expect(progress).toEqual(['0/2', '1/2', '2/2']);
    expect(requests.sort()).toEqual([FIRST, `${LAYOUT_FOLDER}app/paragraphs/00001.json`]);
  });

  it('rejects with the chunk that failed once the others are in', async () => {
    const files = makeSiteFiles(dataset);
    files.delete(FIRST);
    const { store } = open(files);
    await expect(loadChunks(store, [0, 1])).rejects.toMatchObject({ file: FIRST });
    expect([store.state(0).status, store.state(1).status]).toEqual(['error', 'ready']);
  });
});
