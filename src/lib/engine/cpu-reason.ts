/** Why the CPU engine cannot run in this browser, in plain words (from the device probe's gaps). */
import type { CpuEngineGap } from './probe';

const GAP_WORDS: Record<Exclude<CpuEngineGap, 'isolation'>, string> = {
  memory64: 'WebAssembly memory64',
  simd: 'WebAssembly SIMD',
  exceptions: 'WebAssembly exception handling',
  'shared-memory': 'shared WebAssembly memory (threads)',
};

/**
 * Why the on-device CPU model cannot run in this browser, and what to do, in plain words; a
 * fragment without a final period, as callers add "— using …" or ", and no other …".
 */
export function cpuEngineReason(gaps: readonly CpuEngineGap[]): string {
  const missing = gaps.filter((g): g is Exclude<CpuEngineGap, 'isolation'> => g !== 'isolation').map((g) => GAP_WORDS[g]);
  const isolation = gaps.includes('isolation');
  const lead = 'This browser cannot run the on-device CPU model';
  const browser = missing.length ? `it lacks ${listOf(missing)} (use a current Chrome, Edge or Firefox)` : '';
  // The browser has the feature but allows it only to a cross-origin isolated page: the server's headers are the fix.
  const server = isolation
    ? 'the page is not cross-origin isolated, which shared WebAssembly memory needs here (ask your IT admin to send the Cross-Origin-Opener-Policy and Cross-Origin-Embedder-Policy headers from the README)'
    : '';
  if (browser && server) return `${lead}: ${browser}, and ${server}`;
  if (browser || server) return `${lead}: ${browser || server}`;
  return `${lead}: it lacks WebAssembly features the model needs (use a current Chrome, Edge or Firefox)`;
}

function listOf(items: string[]): string {
  return items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)!}`;
}
