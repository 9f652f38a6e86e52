/**
 * Checks the JavaScript a browser loads before the first screen: the entry script of dist/index.html,
 * its modulepreload links, and every chunk those import statically (lazy `import()` chunks do not
 * count). Fails when their gzip size together is over the budget. Run after `npm run build`.
 *
 *   npm run size            # budget 200 kB gzip
 *   npm run size -- 150     # another budget, in kB
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { measureFirstLoad } from './measure-first-load';

const DIST = 'dist';
const BUDGET_KB = Number(process.argv[2] ?? 200);

const indexHtml = path.join(DIST, 'index.html');
if (!existsSync(indexHtml)) {
  console.error(`${indexHtml} not found: run \`npm run build\` first.`);
  process.exit(1);
}
const firstLoad = measureFirstLoad(DIST);
if (firstLoad === null) {
  console.error(`${indexHtml} has no module script: is this a Vite build?`);
  process.exit(1);
}

const total = [...firstLoad.values()].reduce((sum, n) => sum + n, 0);
const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} kB`;
for (const [file, size] of [...firstLoad].sort((a, b) => b[1] - a[1])) console.log(`${kb(size).padStart(10)}  ${file}`);
console.log(`first-load JavaScript: ${kb(total)} gzip, budget ${BUDGET_KB} kB`);
if (total > BUDGET_KB * 1024) {
  console.error(`over budget by ${kb(total - BUDGET_KB * 1024)}: lazy-load heavy views or libraries with import()`);
  process.exitCode = 1;
}
