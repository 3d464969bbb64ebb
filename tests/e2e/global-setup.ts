import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeFixtures } from '../fixtures/tiny-gguf.mjs';
import { startModelHost } from '../support/model-host.mjs';
import { MODEL_HOST_PORT } from './support';

/** Generates the test models and serves them from a second origin, like an organisation's model mirror. */
export default async function globalSetup() {
  const dir = join(tmpdir(), `sotto-e2e-${process.pid}`);
  writeFixtures(dir);
  // web-llm fixtures: a model library that is not WebAssembly, and a model without mlc-chat-config.json.
  mkdirSync(join(dir, 'webllm/bad-lib/resolve/main'), { recursive: true });
  writeFileSync(join(dir, 'webllm/bad-lib/resolve/main/mlc-chat-config.json'), JSON.stringify({ model_type: 'llama', context_window_size: 2048 }));
  writeFileSync(join(dir, 'webllm/bad-lib.wasm'), 'this is not WebAssembly');
  mkdirSync(join(dir, 'webllm/no-config/resolve/main'), { recursive: true });
  const host = await startModelHost({ port: MODEL_HOST_PORT, dir });
  return async () => {
    await host.close();
  };
}
