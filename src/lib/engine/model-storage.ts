/** The model files the engines keep on this device: wllama's in OPFS, web-llm's in the Cache API. */

/** Deletes every downloaded model; they download again when next needed. */
export async function deleteDownloadedModels(): Promise<void> {
  const root = await globalThis.navigator?.storage?.getDirectory?.().catch(() => null);
  if (root) {
    const names: string[] = [];
    for await (const name of (root as FileSystemDirectoryHandle & { keys(): AsyncIterable<string> }).keys()) names.push(name);
    await Promise.all(names.map((name) => root.removeEntry(name, { recursive: true }).catch(() => undefined)));
  }
  if (typeof caches !== 'undefined') {
    const names = await caches.keys();
    await Promise.all(names.filter((n) => n.startsWith('webllm')).map((n) => caches.delete(n)));
  }
}
