import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findFigures } from '../../../src/core/figures/find-figures';

// One paragraph per line in; a readable projection of every figure out, reviewed like code.
const dir = new URL('./fixtures/', import.meta.url);

describe('findFigures on whole synthetic articles', () => {
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.txt'))) {
    it(`extracts ${name}`, async () => {
      const paragraphs = readFileSync(new URL(name, dir), 'utf8').split('\n').filter((line) => line !== '');
      const readable = paragraphs.flatMap((text, paragraph) =>
        findFigures(text).map((f) => {
          expect(text.slice(f.start, f.end)).toBe(f.text);
          const range = f.valueMax === null ? '' : `–${f.valueMax}`;
          const link = f.previousIndex === null ? '' : ` ← #${f.previousIndex}`;
          return `${paragraph} ${f.text} = ${f.value}${range} ${f.unit} (${f.baseValue} ${f.baseUnit}, ${f.qualifier}, ${f.kind}) ${f.metric} [${f.category}]${link}`;
        }),
      );
      await expect(`${JSON.stringify(readable, null, 2)}\n`).toMatchFileSnapshot(`./fixtures/${name.replace(/\.txt$/u, '.expected.json')}`);
    });
  }
});
