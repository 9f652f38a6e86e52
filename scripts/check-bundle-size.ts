/**
 * Checks the JavaScript a browser loads before the first screen: the entry script of dist/index.html,
 * its modulepreload links, and every chunk those import statically (lazy `import()` chunks do not
 * count). Fails when their gzip size together is over the budget. Run after `npm run build`.
 *
 *   npm run size            # budget 200 kB gzip
 *   npm run size -- 150     # another budget, in kB
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const DIST = 'dist';
const BUDGET_KB = Number(process.argv[2] ?? 200);
// <script type="module" src="./assets/index-x.js"> and <link rel="modulepreload" href="./assets/x.js">
const HTML_SCRIPT = /<script[^>]*\bsrc="(?<src>[^"]+\.js)"/g;
const HTML_PRELOAD = /<link[^>]*rel="modulepreload"[^>]*href="(?<href>[^"]+\.js)"/g;
// Minified static imports: import{a as b}from"./chunk.js"; import"./chunk.js"; export{x}from"./chunk.js"
const STATIC_IMPORT = /(?:\bimport|\bexport)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["'](?<spec>\.{1,2}\/[^"']+\.js)["']/g;

const indexHtml = path.join(DIST, 'index.html');
if (!existsSync(indexHtml)) {
  console.error(`${indexHtml} not found: run \`npm run build\` first.`);
  process.exit(1);
}
const html = readFileSync(indexHtml, 'utf8');
const entries = [...html.matchAll(HTML_SCRIPT)].map((m) => m.groups?.src ?? '');
const preloads = [...html.matchAll(HTML_PRELOAD)].map((m) => m.groups?.href ?? '');
const pending = [...entries, ...preloads].filter((s) => s !== '').map((s) => path.join(DIST, s));
if (entries.length === 0) {
  console.error(`${indexHtml} has no module script: is this a Vite build?`);
  process.exit(1);
}

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

const total = [...firstLoad.values()].reduce((sum, n) => sum + n, 0);
const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} kB`;
for (const [file, size] of [...firstLoad].sort((a, b) => b[1] - a[1])) console.log(`${kb(size).padStart(10)}  ${file}`);
console.log(`first-load JavaScript: ${kb(total)} gzip, budget ${BUDGET_KB} kB`);
if (total > BUDGET_KB * 1024) {
  console.error(`over budget by ${kb(total - BUDGET_KB * 1024)}: lazy-load heavy views or libraries with import()`);
  process.exitCode = 1;
}
