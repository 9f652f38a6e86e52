import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');
const cli = path.join(root, 'scripts/build-dataset.ts');
// Node itself with tsx as a loader, not the tsx command: that one runs the script in a child process,
// which a kill of the command would miss.
const command = [process.execPath, '--import', 'tsx', cli] as const;

/** `nobody`: the CLI runs as this user when the tests run as root, for whom no file is unreadable. */
export const UNPRIVILEGED = { uid: 65534, gid: 65534 } as const;

export interface CliRun {
  status: number | null;
  stderr: string;
}

/** Runs `npm run dataset` (the CLI script itself) and waits for it. */
export function runCli(args: readonly string[], options: { as?: typeof UNPRIVILEGED } = {}): CliRun {
  const result = spawnSync(command[0], [...command.slice(1), ...args], { cwd: root, encoding: 'utf8', ...options.as });
  return { status: result.status, stderr: result.stderr };
}

/** Starts the CLI without waiting, for tests that act on it while it runs. */
export function startCli(args: readonly string[], options: { as?: typeof UNPRIVILEGED } = {}): { child: ChildProcess; done: Promise<CliRun> } {
  const child = spawn(command[0], [...command.slice(1), ...args], { cwd: root, stdio: ['ignore', 'ignore', 'pipe'], ...options.as });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const done = new Promise<CliRun>((resolve) => child.on('close', (status) => resolve({ status, stderr })));
  return { child, done };
}

/** True when this process is root and `nobody` can still run the CLI from this checkout. */
export function canRunUnprivileged(): boolean {
  if (process.getuid?.() !== 0) return false;
  const probe = spawnSync(process.execPath, ['-e', `require('fs').accessSync(${JSON.stringify(cli)})`], UNPRIVILEGED);
  return probe.status === 0;
}

/** A temporary folder every user may read and write (mkdtemp makes it private to its owner). */
export function makeSharedTempDir(prefix: string): string {
  const folder = mkdtempSync(path.join(tmpdir(), prefix));
  chmodSync(folder, 0o777);
  return folder;
}
