import type { Plugin } from 'vite';

const VIRTUAL_ID = 'virtual:webllm-catalog';
const RESOLVED_ID = '\0' + VIRTUAL_ID;

/**
 * Exposes a compact table of web-llm's own `prebuiltAppConfig` to the main thread, so the
 * capability-based model choice can run without shipping web-llm (megabytes) in the main bundle.
 * Only the origins of a model's files are included (for the start-up policy check): the worker
 * takes the full record from web-llm itself.
 */
export function webllmCatalog(): Plugin {
  return {
    name: 'sotto:webllm-catalog',
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : undefined;
    },
    async load(id) {
      if (id !== RESOLVED_ID) return undefined;
      const { prebuiltAppConfig } = await import('@mlc-ai/web-llm');
      const rows = prebuiltAppConfig.model_list
        // Embedding models (type 1) cannot chat.
        .filter((m) => (m.model_type ?? 0) !== 1)
        .map((m) => ({
          id: m.model_id,
          requiredFeatures: m.required_features ?? [],
          vramMB: m.vram_required_MB ?? null,
          lowResource: m.low_resource_required ?? false,
          bufferBytes: m.buffer_size_required_bytes ?? null,
          origins: [...new Set([new URL(m.model).origin, new URL(m.model_lib).origin])],
        }));
      return `export default ${JSON.stringify(rows)};`;
    },
  };
}
