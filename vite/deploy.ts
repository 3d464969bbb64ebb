import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';
import { validateConfig } from '../src/lib/config/validate.ts';
import { buildPolicies, type Policies } from '../src/lib/config/csp.ts';

const VIRTUAL_ID = 'virtual:sotto-policy';
const RESOLVED_ID = '\0' + VIRTUAL_ID;
/** Relative URLs in the config are resolved against this stand-in for the app's own origin. */
const APP_ORIGIN = 'https://sotto.app.invalid';

/** Cross-origin isolation lets wllama use several CPU threads (SharedArrayBuffer). */
export const isolationHeaders = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
};

/**
 * Builds the app for one deployment config: `SOTTO_CONFIG=/path/config.json` (default
 * `public/config.json`). The config is validated (the build fails on any problem), copied to
 * `dist/config.json`, and turned into the Content-Security-Policy: a <meta> tag in index.html,
 * and `dist/_headers` with every response header the app needs (read by `vite preview` and by
 * hosts such as Netlify or Cloudflare Pages; the README shows the same for nginx).
 */
export function deployConfig(): Plugin {
  let vite: ResolvedConfig;
  let configPath = '';
  let policies: Policies | null = null;

  return {
    name: 'sotto:deploy-config',
    async configResolved(resolved) {
      vite = resolved;
      configPath = resolve(vite.root, process.env.SOTTO_CONFIG ?? 'public/config.json');
      if (vite.command !== 'build') return;
      policies = await policiesFor(configPath);
    },
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : undefined;
    },
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      // The dev server sends no policy; the app then skips its start-up check.
      return `export default ${JSON.stringify(policies?.connect ?? null)};`;
    },
    transformIndexHtml: {
      order: 'pre',
      handler(html) {
        if (!policies) return html;
        // Right after the charset, before any script: a policy only covers what comes after it.
        const charset = /<meta charset="[^"]*"\s*\/?>/i;
        if (!charset.test(html)) throw new Error('index.html needs <meta charset="UTF-8"> for the CSP to follow.');
        const meta = `<meta http-equiv="Content-Security-Policy" content="${policies.document.replaceAll('"', '&quot;')}" />`;
        return html.replace(charset, (m) => `${m}\n    ${meta}`);
      },
    },
    writeBundle() {
      if (!policies) return;
      const outDir = resolve(vite.root, vite.build.outDir);
      if (process.env.SOTTO_CONFIG) copyFileSync(configPath, join(outDir, 'config.json'));
      const headers = { ...isolationHeaders, 'Content-Security-Policy': policies.header };
      const lines = ['/*', ...Object.entries(headers).map(([k, v]) => `  ${k}: ${v}`), ''];
      writeFileSync(join(outDir, '_headers'), lines.join('\n'));
    },
    configurePreviewServer(server) {
      // Serve what the build wrote, so the preview behaves like the deployment.
      const file = join(resolve(vite.root, vite.build.outDir), '_headers');
      const headers = existsSync(file) ? readHeaders(readFileSync(file, 'utf8')) : isolationHeaders;
      server.middlewares.use((_req, res, next) => {
        for (const [k, v] of Object.entries(headers)) res.setHeader(k, v);
        next();
      });
    },
  };
}

async function policiesFor(configPath: string): Promise<Policies> {
  const { prebuiltAppConfig } = await import('@mlc-ai/web-llm');
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(configPath, 'utf8'));
  } catch (err) {
    throw new Error(`Cannot read the deployment config ${configPath}: ${(err as Error).message}`, { cause: err });
  }
  const known = new Set(prebuiltAppConfig.model_list.map((m) => m.model_id));
  const result = validateConfig(raw, `${APP_ORIGIN}/config.json`, known);
  if (!result.ok) throw new Error(`The deployment config ${configPath} has problems:\n  ${result.errors.join('\n  ')}`);
  return buildPolicies(result.config, prebuiltAppConfig.model_list, APP_ORIGIN);
}

/** Parses the `/*` block of a `_headers` file. */
function readHeaders(text: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const line of text.split('\n')) {
    const m = /^\s+([\w-]+):\s*(.+)$/.exec(line);
    if (m) headers[m[1]!] = m[2]!;
  }
  return headers;
}
