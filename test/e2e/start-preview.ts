import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { preview, type PreviewServer } from 'vite';

/** Runs `npm run build` (which first writes public/data/dataset.json) into `outDir`, failing loudly. */
export async function buildSite(outDir: string): Promise<void> {
  // A private outDir keeps a developer's dist/ (and a running `vite preview`) untouched.
  const args = ['run', 'build', '--', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'];
  const output: string[] = [];
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn('npm', args, { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.on('error', reject);
    child.on('close', resolve);
  });
  if (code !== 0) {
    throw new Error(`e2e: \`npm ${args.join(' ')}\` exited with ${code}:\n${output.join('')}`);
  }
}

/** Serves a built site with `vite preview` on a free localhost port. */
export async function startPreview(outDir: string): Promise<{ server: PreviewServer; baseUrl: string }> {
  const port = await findFreePort();
  const server = await preview({
    build: { outDir },
    logLevel: 'warn',
    preview: { host: '127.0.0.1', port, strictPort: true, open: false },
  });
  return { server, baseUrl: `http://127.0.0.1:${port}/` };
}

/** Asks the OS for an unused port (listen on 0), then releases it for the preview server. */
function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address !== null ? address.port : null;
      probe.close(() => (port === null ? reject(new Error('e2e: no free port')) : resolve(port)));
    });
  });
}
