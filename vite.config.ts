import { readFileSync } from 'node:fs';
import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { VitePWA } from 'vite-plugin-pwa';
import { deployConfig, isolationHeaders } from './vite/deploy.ts';
import { webllmCatalog } from './vite/webllm-catalog.ts';
import { maskingLexicon } from './vite/masking-lexicon.ts';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

export default defineConfig({
  define: {
    // Shown in Settings, so a user (and IT) can tell which version is running.
    __SOTTO_VERSION__: JSON.stringify(process.env.SOTTO_BUILD_ID ? `${version} (${process.env.SOTTO_BUILD_ID})` : version),
  },
  plugins: [
    svelte(),
    webllmCatalog(),
    maskingLexicon(),
    deployConfig(),
    VitePWA({
      // The app decides when to reload (never under a streaming reply or a draft): see pwa.svelte.ts.
      registerType: 'prompt',
      injectRegister: false,
      manifest: {
        id: '/',
        name: 'Sotto — private assistant',
        short_name: 'Sotto',
        description: 'A private assistant that runs on your own device. Nothing you type leaves it unless you send it to the cloud yourself.',
        start_url: '.',
        scope: '.',
        display: 'standalone',
        background_color: '#f6f7f9',
        theme_color: '#1f3a5f',
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: 'icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
        // Opening Sotto again brings the window that is already open to the front.
        launch_handler: { client_mode: 'focus-existing' },
      },
      workbox: {
        // The app shell, the worker chunks and the engines' wasm. Model weights are never
        // precached: the engines keep them in their own caches (OPFS, Cache Storage).
        // config.json is not here: the app keeps the last copy that loaded (see loadConfig).
        // (The manifest and its icons are added by the plugin itself.)
        globPatterns: ['**/*.{js,css,html,wasm,svg}'],
        globIgnores: ['**/*.gguf', '**/*.map'],
        maximumFileSizeToCacheInBytes: 48 * 1024 * 1024,
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
        // The first visit is controlled at once, so it works offline without a reload.
        clientsClaim: true,
      },
    }),
  ],
  build: {
    target: 'es2022',
    sourcemap: true,
    // The engines are large by nature; they only load inside the worker, never on the main thread.
    chunkSizeWarningLimit: 8000,
    rolldownOptions: {
      output: {
        // What the first load needs that lazy chunks import too (the data layer, alerts, the config's
        // types): one chunk, not five small ones that each cost a request and their own gzip overhead.
        // A module left out still works; it may become a small chunk of its own.
        codeSplitting: {
          groups: [{ name: 'core', test: /src\/lib\/(db\/(db|seal|connection|terms|erase|privacy-log|vault-store)|vault\/cipher|state\/alerts\.svelte|config\/config)\.ts|node_modules\/idb\// }],
        },
      },
    },
  },
  worker: { format: 'es' },
  server: { headers: isolationHeaders },
});
