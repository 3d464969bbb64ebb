/**
 * web-llm's prebuilt models, as far as choosing a model needs to know them. The table is a
 * separate chunk, loaded while the app starts, so it never delays the first paint.
 */

/** One prebuilt web-llm model. */
export interface WebllmCatalogRow {
  id: string;
  requiredFeatures: string[];
  vramMB: number | null;
  lowResource: boolean;
  bufferBytes: number | null;
  /** Where its files and model library are downloaded from. */
  origins: string[];
}

const byId = new Map<string, WebllmCatalogRow>();

/** Loads the table (once); call before validating the config or choosing a model. */
export async function loadCatalog(): Promise<ReadonlySet<string>> {
  if (byId.size === 0) {
    const rows = (await import('virtual:webllm-catalog')).default;
    for (const row of rows) byId.set(row.id, row);
  }
  return new Set(byId.keys());
}

/** Catalog facts for a prebuilt web-llm model, or `undefined` for a self-hosted build. */
export function webllmRow(id: string): WebllmCatalogRow | undefined {
  return byId.get(id);
}
