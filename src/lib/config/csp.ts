/**
 * The Content-Security-Policy, generated at build time from the deployment config: the app may
 * only connect to itself, the model hosts the config names and its cloud endpoints.
 *
 * Two policies:
 *  - the header policy, sent with every response (`dist/_headers`). It binds the page and every
 *    worker whose script is served with it: the engine worker, whose fetches download the models
 *    (and learn their sizes), and the service worker. wllama's nested blob: workers inherit the
 *    engine worker's policy.
 *  - the document policy, a <meta> tag in index.html, which binds the page only. A page enforces
 *    every policy it has, so the page may do only what both allow: the meta policy takes away what
 *    only the workers need — the model hosts, blob: workers — and adds Trusted Types. Workers have
 *    no DOM sinks, and wllama makes its blob: workers from strings, so Trusted Types stay off there.
 * `frame-ancestors` is only honoured in a header, so it is there alone.
 */
import type { SottoConfig } from './config';

/** What web-llm needs from its prebuilt table: where each model's files and wasm live. */
export interface PrebuiltRecord {
  model_id: string;
  model: string;
  model_lib: string;
}

export interface Policies {
  /** Sent as an HTTP header with every response. */
  header: string;
  /** Put in index.html as <meta http-equiv="Content-Security-Policy">. */
  document: string;
  /** Every origin other than the app's own that the header policy lets the app (its workers) connect to (sorted). */
  connect: string[];
  /** The origins the page itself may connect to: the cloud endpoints only (sorted). */
  pageConnect: string[];
}

/** The Trusted Types policies the page creates: Svelte's own template policy, and Sotto's default. */
export const TRUSTED_TYPES_POLICIES = ['svelte-trusted-html', 'default'];

/**
 * Hugging Face answers a file request with a redirect to its CDN; CSP checks every hop, so those
 * hosts are allowed with it.
 */
const REDIRECT_HOSTS: Record<string, string[]> = {
  'https://huggingface.co': ['https://*.huggingface.co', 'https://*.hf.co'],
};

/** The origins (other than `self`) the config makes the app connect to: model hosts and cloud endpoints. */
export function connectOrigins(config: SottoConfig, prebuilt: readonly PrebuiltRecord[], appOrigin?: string): string[] {
  return originsOf([...modelUrls(config, prebuilt), ...cloudUrls(config)], appOrigin);
}

/** Both policies for a config. `appOrigin` is the origin the config was resolved against. */
export function buildPolicies(config: SottoConfig, prebuilt: readonly PrebuiltRecord[], appOrigin?: string): Policies {
  const connect = connectOrigins(config, prebuilt, appOrigin);
  // Only the engine worker downloads models, and asks their size (see model-size.ts); the page
  // talks to the cloud endpoints and to its own origin.
  const pageConnect = originsOf(cloudUrls(config), appOrigin);
  const directives = (workers: string, origins: readonly string[]) => [
    "default-src 'self'",
    "script-src 'self' 'wasm-unsafe-eval'",
    `worker-src ${workers}`,
    `connect-src ${["'self'", ...origins].join(' ')}`,
    "img-src 'self' data: blob:",
    "style-src 'self'",
    "font-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ];
  const header = [
    // wllama runs llama.cpp in a worker it creates from a blob: URL, inside the engine worker.
    ...directives("'self' blob:", connect),
    // Nobody may frame Sotto (clickjacking). Honoured in a header only, never in a <meta> tag.
    "frame-ancestors 'none'",
  ].join('; ');
  const document = [
    // The page itself starts only the engine worker and the service worker, both from its own origin.
    ...directives("'self'", pageConnect),
    "require-trusted-types-for 'script'",
    `trusted-types ${TRUSTED_TYPES_POLICIES.join(' ')}`,
  ].join('; ');
  return { header, document, connect, pageConnect };
}

function modelUrls(config: SottoConfig, prebuilt: readonly PrebuiltRecord[]): string[] {
  const urls: string[] = [];
  for (const m of config.models) {
    if (m.engine === 'wllama') urls.push(m.url);
    else if (m.url && m.modelLib) urls.push(m.url, m.modelLib);
    else {
      const record = prebuilt.find((r) => r.model_id === m.webllmId);
      if (record) urls.push(record.model, record.model_lib);
    }
  }
  return urls;
}

function cloudUrls(config: SottoConfig): string[] {
  return (config.cloud?.endpoints ?? []).map((e) => e.baseUrl);
}

function originsOf(urls: readonly string[], appOrigin?: string): string[] {
  const origins = new Set<string>();
  for (const url of urls) {
    const origin = new URL(url).origin;
    if (origin === appOrigin) continue;
    origins.add(origin);
    for (const extra of REDIRECT_HOSTS[origin] ?? []) origins.add(extra);
  }
  return [...origins].sort();
}

/** True when `url` may be fetched under the policy built with `connect` (for start-up checks). */
export function allowedBy(connect: readonly string[], url: string, appOrigin: string): boolean {
  const { origin, protocol, host } = new URL(url);
  if (origin === appOrigin) return true;
  return connect.some((source) => {
    if (source === origin) return true;
    const wild = /^(https?:)\/\/\*\.(.+)$/.exec(source);
    return !!wild && wild[1] === protocol && host.endsWith(`.${wild[2]}`);
  });
}

/**
 * Problems for URLs in `config` that the built policy (`connect`) would block: the config was
 * changed after the build. `prebuiltOrigins` gives the origins of a prebuilt web-llm model.
 */
export function outsidePolicy(
  config: SottoConfig,
  connect: readonly string[],
  appOrigin: string,
  prebuiltOrigins: (webllmId: string) => readonly string[] | undefined,
): string[] {
  const fix = "is not allowed by this build's Content-Security-Policy. Rebuild the app after changing config.json (`npm run build`), so that the policy allows it.";
  const problems: string[] = [];
  const check = (path: string, url: string) => {
    if (!allowedBy(connect, url, appOrigin)) problems.push(`${path}: ${new URL(url).origin} ${fix}`);
  };
  config.models.forEach((m, i) => {
    if (m.engine === 'wllama') check(`models[${i}].url`, m.url);
    else if (m.url && m.modelLib) {
      check(`models[${i}].url`, m.url);
      check(`models[${i}].modelLib`, m.modelLib);
    } else for (const origin of prebuiltOrigins(m.webllmId) ?? []) check(`models[${i}] (${m.webllmId})`, origin);
  });
  config.cloud?.endpoints.forEach((e, i) => check(`cloud.endpoints[${i}].baseUrl`, e.baseUrl));
  return problems;
}
