import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// src/core runs in Node (the CLI) and could run in a browser or worker: it may import the dataset
// contract, its own stages and pure libraries, never React, Node built-ins or the UI.
const coreDir = path.resolve(import.meta.dirname, '../../src/core');
const FORBIDDEN = /^(?:react(?:-dom)?(?:\/|$)|node:|fs$|path$|(?:\.\.\/)+(?:app|views|components|lib)\/)/u;
const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+['"](?<spec>[^'"]+)['"]|import\(\s*['"](?<dynamic>[^'"]+)['"]\s*\)/gu;

function listSources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? listSources(path.join(dir, entry.name)) : entry.name.endsWith('.ts') ? [path.join(dir, entry.name)] : [],
  );
}

describe('src/core', () => {
  const files = listSources(coreDir);

  it('holds the pipeline stages', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it.each(files.map((file) => [path.relative(coreDir, file), file]))('%s imports nothing impure', (_, file) => {
    const imports = [...readFileSync(file, 'utf8').matchAll(IMPORT)].map((m) => m.groups?.spec ?? m.groups?.dynamic ?? '');
    expect(imports.filter((spec) => FORBIDDEN.test(spec))).toEqual([]);
  });
});
