/// <reference types="svelte" />
/// <reference types="vite/client" />

declare module 'virtual:webllm-catalog' {
  import type { WebllmCatalogRow } from './lib/engine/catalog';
  const rows: WebllmCatalogRow[];
  export default rows;
}

declare module 'virtual:masking-lexicon' {
  /** Newline-joined, sorted word lists for the masking code (see vite/masking-lexicon.ts). */
  export const common: string;
  export const names: string;
  export const places: string;
  export const cities: string;
  export const safe: string;
}

declare module 'virtual:sotto-policy' {
  /** The origins this build's Content-Security-Policy lets the app connect to; null in development. */
  const connect: string[] | null;
  export default connect;
}

/** The app's version (with the build id when one was given as SOTTO_BUILD_ID). */
declare const __SOTTO_VERSION__: string;
