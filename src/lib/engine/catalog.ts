import rows from 'virtual:webllm-catalog';

/** One prebuilt web-llm model, as far as choosing a model needs to know it. */
export interface WebllmCatalogRow {
  id: string;
  requiredFeatures: string[];
  vramMB: number | null;
  lowResource: boolean;
  bufferBytes: number | null;
}

const byId = new Map(rows.map((r) => [r.id, r]));

/** The web-llm model ids this build can load from web-llm's own `prebuiltAppConfig`. */
export const knownWebllmIds: ReadonlySet<string> = new Set(byId.keys());

/** Catalog facts for a prebuilt web-llm model, or `undefined` for a self-hosted build. */
export function webllmRow(id: string): WebllmCatalogRow | undefined {
  return byId.get(id);
}
