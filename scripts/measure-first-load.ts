import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

// <script type="module" src="./assets/index-x.js"> and <link rel="modulepreload" href="./assets/x.js">
const HTML_SCRIPT = /<script[^>]*\bsrc="(?<src>[^"]+\.js)"/g;
const HTML_PRELOAD = /<link[^>]*rel="modulepreload"[^>]*href="(?<href>[^"]+\.js)"/g;
// Minified static imports: import{a as b}from"./chunk.js"; import"./chunk.js"; export{x}from"./chunk.js"
const STATIC_IMPORT = /(?:\bimport|\bexport)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["'](?<spec>\.{1,2}\/[^"']+\.js)["']/g;

/**
 * The JavaScript a browser loads before the first screen of the site built in `dist`: the entry
 * script of index.html, its modulepreload links, and every chunk those import statically (lazy
 * `import()` chunks do not count), each with its gzip size. Null when index.html has no module script.
 */
export function measureFirstLoad(dist: string): Map<string, number> | null {
  const html = readFileSync(path.join(dist, 'index.html'), 'utf8');
  const entries = [...html.matchAll(HTML_SCRIPT)].map((m) => m.groups?.src ?? '');
  if (entries.length === 0) return null;
  const preloads = [...html.matchAll(HTML_PRELOAD)].map((m) => m.groups?.href ?? '');
  const pending = [...entries, ...preloads].filter((s) => s !== '').map((s) => path.join(dist, s));
  const firstLoad = new Map<string, number>();
  while (pending.length > 0) {
    const file = path.normalize(pending.pop()!);
    if (firstLoad.has(file)) continue;
    const code = readFileSync(file);
    firstLoad.set(file, gzipSync(code, { level: 9 }).length);
    for (const match of code.toString('utf8').matchAll(STATIC_IMPORT)) {
      const spec = match.groups?.spec;
      if (spec) pending.push(path.join(path.dirname(file), spec));
    }
  }
  return firstLoad;
}
