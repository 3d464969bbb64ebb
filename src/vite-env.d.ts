/// <reference types="svelte" />
/// <reference types="vite/client" />

declare module 'virtual:webllm-catalog' {
  import type { WebllmCatalogRow } from './lib/engine/catalog';
  const rows: WebllmCatalogRow[];
  export default rows;
}
