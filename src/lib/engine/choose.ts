import type { ModelEntry } from '../config/config';
import type { DeviceCaps } from './probe';
import { webllmRow } from './catalog';
import { cpuEngineReason } from './cpu-reason';

export type Verdict = { ok: true } | { ok: false; reason: string };

export interface Choice {
  model: ModelEntry | null;
  /** Why the preferred models were passed over, in plain language, or null when the first one runs. */
  note: string | null;
}

/** Whether this device can run a model, and if not, why in plain language. */
export function canRun(model: ModelEntry, caps: DeviceCaps): Verdict {
  if (model.engine === 'wllama') return caps.wasmCpuEngine ? { ok: true } : { ok: false, reason: cpuEngineReason(caps.cpuEngineGaps ?? []) };
  if (caps.webgpu === 'unsupported') return { ok: false, reason: 'This browser has no WebGPU' };
  if (caps.webgpu === 'no-adapter') return { ok: false, reason: 'WebGPU found no usable graphics adapter on this device' };
  const row = webllmRow(model.webllmId);
  const needsF16 = row ? row.requiredFeatures.includes('shader-f16') || isF16(model.webllmId) : isF16(model.webllmId);
  if (needsF16 && !caps.shaderF16) return { ok: false, reason: 'This graphics adapter has no 16-bit float shaders (shader-f16)' };
  if (row?.bufferBytes && caps.maxStorageBufferBindingSize < row.bufferBytes) {
    return { ok: false, reason: `This graphics adapter's buffers are too small for ${model.label}` };
  }
  if (row?.vramMB && caps.deviceMemoryGB !== null) {
    const tooBig = row.vramMB > caps.deviceMemoryGB * 1024 * 0.75 || (caps.deviceMemoryGB < 4 && !row.lowResource);
    if (tooBig) return { ok: false, reason: `${model.label} needs about ${formatGB(row.vramMB)} of memory, more than this device can spare` };
  }
  return { ok: true };
}

/**
 * Picks the first model in config order that this device can run, or the user's choice when it
 * can run. The note says why earlier models were passed over.
 */
export function chooseModel(models: ModelEntry[], caps: DeviceCaps, preferredId?: string | null): Choice {
  const preferred = preferredId ? models.find((m) => m.id === preferredId) : undefined;
  if (preferred && canRun(preferred, caps).ok) return { model: preferred, note: null };
  let firstReason: string | null = null;
  for (const model of models) {
    const verdict = canRun(model, caps);
    if (verdict.ok) {
      const note = firstReason ? `${firstReason} — using ${describe(model)}.` : null;
      return { model, note };
    }
    firstReason ??= verdict.reason;
  }
  return { model: null, note: firstReason ? `${firstReason}, and no other configured model can run here.` : null };
}

/** "Qwen2.5 0.5B (CPU), which is slower" — how the fallback is named to the user. */
export function describe(model: ModelEntry): string {
  return model.engine === 'wllama' ? `the CPU model (${model.label}), which is slower` : model.label;
}

function isF16(webllmId: string): boolean {
  return /-q\d+f16/i.test(webllmId);
}

function formatGB(mb: number): string {
  return `${(mb / 1024).toFixed(1)} GB`;
}
