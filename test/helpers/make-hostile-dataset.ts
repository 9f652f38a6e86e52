import type { Dataset } from '../../src/dataset/schema';

/** Set by any planted script that runs; a test expects it to stay unset. */
export const PWNED_FLAG = '__pwned';

/**
 * Text that would run as code if any view put data into the page as HTML or into a URL: an image
 * with an error handler, a script, an SVG with onload, a javascript: URL, a template expression,
 * and text in the bidi overrides and zero-width characters that can disguise what a reader sees.
 */
export const HOSTILE_TEXTS = [
  `<img src=x onerror="window.${PWNED_FLAG}=1">`,
  `<script>window.${PWNED_FLAG}=2</script>`,
  `"><svg onload=window.${PWNED_FLAG}=3>`,
  `javascript:window.${PWNED_FLAG}=4`,
  `{{constructor.constructor('window.${PWNED_FLAG}=5')()}}`,
  '\u202Eevil\u202C\u200B\u200D\u2066rtl\u2069',
  'report\u202Etxt.exe', // an unclosed override: shown as reportexe.txt unless its element isolates it
] as const;

/** A paragraph far longer than any article has: 200,000 characters in one run. */
export const LONG_PARAGRAPH_CHARS = 200_000;

/**
 * The given sound dataset with hostile text planted everywhere text is shown: titles, subtitles,
 * bylines, paragraphs (appended, so figure spans still read true), place names, metric labels, file
 * names and warnings, plus one extremely long paragraph. Still passes checkDataset.
 */
export function makeHostileDataset(base: Dataset): Dataset {
  const dataset = structuredClone(base);
  const hostile = (i: number): string => HOSTILE_TEXTS[i % HOSTILE_TEXTS.length] ?? '';
  dataset.articles.forEach((article, i) => {
    article.title = `${hostile(i)}${article.title}`;
    article.titleOriginal = article.title;
    article.subtitle = hostile(i + 1);
    article.bylines = [hostile(i + 2)];
  });
  dataset.paragraphs.forEach((paragraph, i) => {
    paragraph.text += hostile(i);
    paragraph.original += hostile(i);
  });
  dataset.localities.forEach((locality, i) => {
    locality.name = `${locality.name}${hostile(i)}`;
    locality.fullName = `${locality.fullName}${hostile(i)}`;
    locality.aliases = [hostile(i + 3)];
  });
  dataset.figures.forEach((figure, i) => {
    figure.metric = `${hostile(i)}${figure.metric}`;
  });
  const renamed = new Map(dataset.sources.map((source, i) => [source.file, `${hostile(i)}${source.file}`]));
  for (const source of dataset.sources) source.file = renamed.get(source.file) ?? source.file;
  for (const figure of dataset.figures) figure.sourceFile = renamed.get(figure.sourceFile) ?? figure.sourceFile;
  const first = dataset.paragraphs[0];
  if (first) {
    const long = 'x'.repeat(LONG_PARAGRAPH_CHARS);
    dataset.paragraphs.push({ ...first, id: `${first.id}-long`, index: 999, text: long, original: long });
  }
  dataset.warnings.push(...HOSTILE_TEXTS.map((text) => ({ file: text, code: text, message: text })));
  return dataset;
}
