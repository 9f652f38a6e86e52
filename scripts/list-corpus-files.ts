import type { Dirent } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Warning } from '../src/dataset/schema';

/** What a walk of the input folder found. */
export interface CorpusListing {
  /** Every `.txt` file, as a `/`-separated path relative to the folder, in code-unit order. */
  files: string[];
  /** Files that are not `.txt`, left out (the folder may hold answer keys, notes, images). */
  ignored: string[];
  /** Folders and links that could not be followed: a loop, a dangling link, a folder that cannot be read. */
  problems: Warning[];
}

/**
 * Walks `folder` recursively. Links are followed, to files and to folders, but a folder is entered
 * once only, so a link loop (a → b → a, or a link to its own folder) is reported instead of walked
 * forever. Paths are sorted in code-unit order (not locale order), so every machine lists the same
 * sequence. Throws only when `folder` itself cannot be read.
 */
export async function listCorpusFiles(folder: string): Promise<CorpusListing> {
  const listing: CorpusListing = { files: [], ignored: [], problems: [] };
  const entered = new Set<string>([await realpath(folder)]);
  await walk(folder, '', entered, listing, true);
  const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
  listing.files.sort(byCodeUnit);
  listing.ignored.sort(byCodeUnit);
  listing.problems.sort((a, b) => byCodeUnit(a.file, b.file));
  return listing;
}

async function walk(root: string, relative: string, entered: Set<string>, listing: CorpusListing, isTop: boolean): Promise<void> {
  const entries = await readdir(path.join(root, relative), { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    if (isTop) throw error;
    listing.problems.push({ file: `${relative}/`, code: 'unreadable', message: `folder cannot be read (${error.code ?? error.message}); skipped` });
    return [];
  });
  // Real folders before links, so a link to a folder of the corpus is the one left out; sorted, so the
  // same tree always gives the same report.
  entries.sort((a, b) => Number(a.isSymbolicLink()) - Number(b.isSymbolicLink()) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const name = relative === '' ? entry.name : `${relative}/${entry.name}`;
    const kind = entry.isSymbolicLink() ? await followLink(path.join(root, name), name, listing) : entry;
    if (kind === null) continue;
    if (kind.isDirectory()) {
      const real = await realpath(path.join(root, name)).catch(() => null);
      if (real === null || entered.has(real)) {
        listing.problems.push({ file: `${name}/`, code: 'symlink-loop', message: 'links back to a folder already read; not followed again' });
        continue;
      }
      entered.add(real);
      await walk(root, name, entered, listing, false);
    } else if (!entry.name.toLowerCase().endsWith('.txt')) {
      listing.ignored.push(name);
    } else if (kind.isFile()) {
      listing.files.push(name);
    } else {
      listing.problems.push({ file: name, code: 'not-a-file', message: 'is not a regular file (a pipe, socket or device); skipped' });
    }
  }
}

type EntryKind = Pick<Dirent, 'isDirectory' | 'isFile'>;

/** What a link points at, or null (and a warning) when it points nowhere or round in a circle. */
async function followLink(target: string, name: string, listing: CorpusListing): Promise<EntryKind | null> {
  try {
    return await stat(target);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    listing.problems.push(
      code === 'ELOOP'
        ? { file: name, code: 'symlink-loop', message: 'is a link in a loop of links (it never reaches a file); skipped' }
        : { file: name, code: 'broken-link', message: `is a link to nothing (${code ?? 'unknown error'}); skipped` },
    );
    return null;
  }
}
