import { chromium } from '@playwright/test';
const flagsets = [[], ['--js-flags=--no-experimental-wasm-memory64'], ['--js-flags=--no-experimental-wasm-jspi'], ['--js-flags=--no-experimental-wasm-exnref'], ['--js-flags=--no-experimental-wasm-legacy-eh'], ['--js-flags=--no-wasm-simd'], ['--js-flags=--no-experimental-wasm-simd']];
const bytes = [...(await import('node:fs')).readFileSync('node_modules/@wllama/wllama/esm/wasm/wllama.wasm')];
for (const f of flagsets) {
  const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', ...f] });
  const p = await b.newPage();
  await p.goto('data:text/html,<p>x');
  const r = await p.evaluate(async (arr) => {
    const out = {};
    out.jspi = typeof WebAssembly.Suspending;
    try { new WebAssembly.Memory({ initial: 1n, address: 'i64' }); out.m64 = true } catch (e) { out.m64 = e.message }
    try { new WebAssembly.Memory({ initial: 1n, maximum: 2n, shared: true, address: 'i64' }); out.m64shared = true } catch (e) { out.m64shared = e.message }
    try { await WebAssembly.compile(new Uint8Array(arr)); out.compile = true } catch (e) { out.compile = e.message }
    out.coi = self.crossOriginIsolated;
    return out;
  }, bytes);
  console.log(f.join(' ') || 'default', JSON.stringify(r));
  await b.close();
}
