import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Builds the real app for one deployment config into `outDir`, as an IT admin would
 * (`SOTTO_CONFIG=… npm run build`), and copies model files next to it (a same-origin mirror).
 */
export function buildApp(opts: { outDir: string; config: unknown; buildId: string; models?: Record<string, string> }): void {
  mkdirSync(opts.outDir, { recursive: true });
  const configPath = join(opts.outDir, '..', `${opts.buildId}.config.json`);
  writeFileSync(configPath, JSON.stringify(opts.config));
  const r = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn', '--outDir', opts.outDir, '--emptyOutDir'], {
    env: { ...process.env, SOTTO_CONFIG: configPath, SOTTO_BUILD_ID: opts.buildId },
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`vite build failed:\n${r.stdout}\n${r.stderr}`);
  for (const [name, from] of Object.entries(opts.models ?? {})) {
    mkdirSync(join(opts.outDir, name, '..'), { recursive: true });
    copyFileSync(from, join(opts.outDir, name));
  }
}

/** Serves a build with `vite preview` (the README's server) on `port`; resolves once it answers. */
export async function serveApp(outDir: string, port: number): Promise<{ url: string; close(): Promise<void> }> {
  const child: ChildProcess = spawn(process.execPath, ['node_modules/vite/bin/vite.js', 'preview', '--outDir', outDir, '--port', String(port), '--strictPort'], {
    stdio: 'ignore',
  });
  const url = `http://localhost:${port}`;
  for (let i = 0; ; i++) {
    const ok = await fetch(url).then((r) => r.ok, () => false);
    if (ok) break;
    if (i > 100 || child.exitCode !== null) throw new Error(`vite preview did not start on ${port}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    close: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill();
      }),
  };
}
