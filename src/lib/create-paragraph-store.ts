import { paragraphChunkFile } from '../dataset/app-layout';
import type { AppDataset } from '../dataset/read-app-index';
import { readParagraphChunk } from '../dataset/read-paragraph-chunk';
import type { Paragraph } from '../dataset/schema';
import { fetchJson } from './fetch-json';

/** The paragraphs of one chunk, looked up. */
export interface ChunkText {
  paragraphs: ReadonlyMap<string, Paragraph>;
  /** Each article's paragraphs, in reading order. */
  ofArticle: ReadonlyMap<string, readonly Paragraph[]>;
}

/** Why a chunk could not be used: not on the server, not JSON, or JSON that is not a sound chunk. */
export type ChunkFailure = 'missing' | 'unreadable' | 'invalid';

export type ChunkState =
  | { status: 'idle' }
  | { status: 'loading'; file: string }
  | { status: 'ready'; text: ChunkText }
  | { status: 'error'; file: string; failure: ChunkFailure; detail: string };

/** A chunk that could not be read: what `load` rejects with, naming the file. */
export class ChunkError extends Error {
  readonly file: string;
  readonly failure: ChunkFailure;
  readonly detail: string;
  constructor(file: string, failure: ChunkFailure, detail: string) {
    super(`${file}: ${failure}${detail === '' ? '' : ` (${detail})`}`);
    this.name = 'ChunkError';
    this.file = file;
    this.failure = failure;
    this.detail = detail;
  }
}

/** The paragraph text of a dataset, fetched a chunk at a time as views ask for it. */
export interface ParagraphStore {
  /** How many chunks the dataset has. */
  readonly chunkCount: number;
  /** The chunk holding an article's paragraphs; null for an article the dataset does not have. */
  chunkOf(articleId: string): number | null;
  /** The chunk's file as fetched (relative to the page), for messages. */
  fileOf(chunk: number): string;
  /** Where the chunk is; the same object until it changes, so React can subscribe to it. */
  state(chunk: number): ChunkState;
  /** The chunk's text: fetched once; callers asking while it is on its way share that fetch; after a failure, fetched again. */
  load(chunk: number): Promise<ChunkText>;
  /** An article's paragraphs in reading order once its chunk is in, else null. */
  paragraphsOf(articleId: string): readonly Paragraph[] | null;
  /** Calls `listener` after any chunk's state changes; returns the unsubscribe. */
  subscribe(listener: () => void): () => void;
}

const IDLE: ChunkState = { status: 'idle' };

/**
 * The store of the dataset read from `folder` (the layout folder, `data/dataset/`). Each chunk is
 * checked as it arrives (src/dataset/read-paragraph-chunk.ts): a chunk is untrusted input like the index.
 */
export function createParagraphStore(dataset: AppDataset, folder: string, fetchFn: typeof fetch = fetch): ParagraphStore {
  const chunkOfArticle = new Map(dataset.articles.map((a) => [a.id, a.paragraphChunk]));
  const articlesOfChunk = new Map<number, Set<string>>();
  for (const article of dataset.articles) {
    const ids = articlesOfChunk.get(article.paragraphChunk);
    if (ids) ids.add(article.id);
    else articlesOfChunk.set(article.paragraphChunk, new Set([article.id]));
  }
  const states = new Map<number, ChunkState>();
  const pending = new Map<number, Promise<ChunkText>>();
  const listeners = new Set<() => void>();
  const set = (chunk: number, state: ChunkState): void => {
    states.set(chunk, state);
    for (const listener of [...listeners]) listener();
  };
  const fileOf = (chunk: number) => `${folder}${paragraphChunkFile(chunk)}`;

  const fetchChunk = async (chunk: number): Promise<ChunkText> => {
    const file = fileOf(chunk);
    set(chunk, { status: 'loading', file });
    const fetched = await fetchJson(fetchFn, file);
    let error: ChunkError;
    if (!fetched.ok) {
      error = new ChunkError(file, fetched.problem.kind, fetched.problem.kind === 'unreadable' ? fetched.problem.detail : '');
    } else {
      const reading = readParagraphChunk(fetched.data, chunk, articlesOfChunk.get(chunk) ?? new Set());
      if (reading.paragraphs !== null) {
        const text = indexChunk(reading.paragraphs);
        set(chunk, { status: 'ready', text });
        return text;
      }
      const first = reading.problems[0];
      error = new ChunkError(file, 'invalid', first ? `${first.path} ${first.message}`.trim() : '');
    }
    set(chunk, { status: 'error', file, failure: error.failure, detail: error.detail });
    throw error;
  };

  return {
    chunkCount: dataset.paragraphChunks.length,
    chunkOf: (articleId) => chunkOfArticle.get(articleId) ?? null,
    fileOf,
    state: (chunk) => states.get(chunk) ?? IDLE,
    paragraphsOf(articleId) {
      const chunk = chunkOfArticle.get(articleId);
      const state = chunk === undefined ? undefined : states.get(chunk);
      return state?.status === 'ready' ? (state.text.ofArticle.get(articleId) ?? []) : null;
    },
    load(chunk) {
      const state = states.get(chunk);
      if (state?.status === 'ready') return Promise.resolve(state.text);
      const inFlight = pending.get(chunk);
      if (inFlight) return inFlight;
      const loading = fetchChunk(chunk).finally(() => pending.delete(chunk));
      pending.set(chunk, loading);
      return loading;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

function indexChunk(paragraphs: readonly Paragraph[]): ChunkText {
  const ofArticle = new Map<string, Paragraph[]>();
  for (const paragraph of paragraphs) {
    const list = ofArticle.get(paragraph.articleId);
    if (list) list.push(paragraph);
    else ofArticle.set(paragraph.articleId, [paragraph]);
  }
  for (const list of ofArticle.values()) list.sort((a, b) => a.index - b.index);
  return { paragraphs: new Map(paragraphs.map((p) => [p.id, p])), ofArticle };
}
