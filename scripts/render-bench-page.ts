import { Converter } from 'opencc-js/cn2t';
import type { SeedPool } from './read-seed-pool';

/** A generated article in plain simplified text, before it is set on a page. */
export interface BenchArticle {
  headline: string;
  byline: string | null;
  paragraphs: string[];
  /** For a web page's furniture line: 2023-05-22. */
  date: string;
}

/**
 * How a page is set, after the seeds: a web page in simplified script (seeds 000, 001), a Hong Kong or
 * Taiwan style page in traditional script with pinyin after some characters (002, 004), or a newspaper
 * column wrapped every dozen characters with letter-spaced justified lines (003).
 */
export const PAGE_STYLES = ['web', 'traditional', 'column'] as const;
export type PageStyle = (typeof PAGE_STYLES)[number];

const toTraditional = Converter({ from: 'cn', to: 'hk' });
const COLUMN_WIDTH = 13;
const LINE_START_FORBIDDEN = /[，。、；：！？”）,.;:!?)]/u;

/** Sets the articles of one page in `style`; `random` decides the page's small irregularities. */
export function renderBenchPage(articles: readonly BenchArticle[], style: PageStyle, pool: SeedPool, random: () => number): string {
  const render = { web: renderWeb, traditional: renderTraditional, column: renderColumn }[style];
  return `${articles.map((article) => render(article, pool, random)).join('\n\n\n')}\n`;
}

function renderWeb(article: BenchArticle): string {
  return [article.headline, ...(article.byline === null ? [] : [article.byline]), ...article.paragraphs].join('\n\n');
}

function renderTraditional(article: BenchArticle, pool: SeedPool, random: () => number): string {
  // One conversion call per article: the converter's cost is mostly per call.
  const [headline = '', ...paragraphs] = toTraditional([article.headline, ...article.paragraphs].join('\n')).split('\n');
  const annotate = (text: string): string =>
    [...text].map((char) => {
      const pinyin = pool.pinyin.get(char);
      return pinyin === undefined || random() < 0.3 ? char : `${char}(${pinyin}) `;
    }).join('');
  const furniture = `發布時間:${article.date} ${String(8 + Math.floor(random() * 10)).padStart(2, '0')}:30:00來源: 人民網-地方頻道`;
  return [annotate(headline), furniture, ...paragraphs.map((p) => `  ${annotate(p)}`), '(責編:李文)'].join('\n\n');
}

function renderColumn(article: BenchArticle, _pool: SeedPool, random: () => number): string {
  const lines = article.paragraphs.flatMap((paragraph) => {
    const chars = [...paragraph];
    const wrapped: string[] = [];
    for (let at = 0; at < chars.length; ) {
      // Typesetters keep a stop or comma off the start of a line: it stays on the line before.
      let end = Math.min(chars.length, at + COLUMN_WIDTH);
      while (end < chars.length && LINE_START_FORBIDDEN.test(chars[end] ?? '')) end++;
      const line = chars.slice(at, end);
      at = end;
      // Justified lines with punctuation come out letter-spaced: 模 式 ， 即 提 供.
      wrapped.push(random() < 0.25 ? line.join(' ') : line.join(''));
    }
    return wrapped;
  });
  return [article.headline, ...(article.byline === null ? [] : article.byline.split(' 通讯员 ').map((n, i) => (i === 0 ? ` ${n}` : `通讯员 ${n}`))), ...lines].join('\n\n');
}
