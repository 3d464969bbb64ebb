import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { webllmCatalog } from './vite/webllm-catalog.ts';

/** Cross-origin isolation lets wllama use several CPU threads (SharedArrayBuffer). */
const isolationHeaders = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
};

export default defineConfig({
  plugins: [svelte(), webllmCatalog()],
  build: {
    target: 'es2022',
    sourcemap: true,
    // The engines are large by nature; they only load inside the worker, never on the main thread.
    chunkSizeWarningLimit: 8000,
  },
  worker: { format: 'es' },
  server: { headers: isolationHeaders },
  preview: { headers: isolationHeaders },
});
