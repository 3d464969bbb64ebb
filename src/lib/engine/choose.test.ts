import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from './catalog';
import type { ModelEntry } from '../config/config';
import { chooseModel } from './choose';
import type { DeviceCaps } from './probe';

const f16: ModelEntry = { id: 'f16', label: 'Llama 3.2 1B', engine: 'webllm', webllmId: 'Llama-3.2-1B-Instruct-q4f16_1-MLC' };
const f32: ModelEntry = { id: 'f32', label: 'Llama 3.2 1B (f32)', engine: 'webllm', webllmId: 'Llama-3.2-1B-Instruct-q4f32_1-MLC' };
const small: ModelEntry = { id: 'small', label: 'Qwen2.5 0.5B', engine: 'webllm', webllmId: 'Qwen2.5-0.5B-Instruct-q4f32_1-MLC' };
const cpu: ModelEntry = { id: 'cpu', label: 'Qwen2.5 0.5B (CPU)', engine: 'wllama', url: 'https://m/q.gguf' };
const all = [f16, f32, small, cpu];

const gpuCaps = (over: Partial<DeviceCaps> = {}): DeviceCaps => ({
  webgpu: 'ok',
  shaderF16: true,
  maxBufferSize: 2 ** 31,
  maxStorageBufferBindingSize: 2 ** 31,
  adapter: 'test',
  deviceMemoryGB: 8,
  wasmCpuEngine: true,
  cores: 8,
  ...over,
});

beforeAll(async () => {
  await loadCatalog();
});

describe('chooseModel', () => {
  it('takes the first model when the device can run it', () => {
    expect(chooseModel(all, gpuCaps())).toEqual({ model: f16, note: null });
  });

  it('takes q4f32 when the adapter has no shader-f16, and says why', () => {
    const choice = chooseModel(all, gpuCaps({ shaderF16: false }));
    expect(choice.model).toBe(f32);
    expect(choice.note).toMatch(/no 16-bit float shaders \(shader-f16\) — using Llama 3\.2 1B \(f32\)/);
  });

  it('takes the CPU model when there is no WebGPU, and says it is slower', () => {
    const choice = chooseModel(all, gpuCaps({ webgpu: 'unsupported' }));
    expect(choice.model).toBe(cpu);
    expect(choice.note).toBe('This browser has no WebGPU — using the CPU model (Qwen2.5 0.5B (CPU)), which is slower.');
  });

  it('takes the CPU model when WebGPU has no adapter', () => {
    const choice = chooseModel(all, gpuCaps({ webgpu: 'no-adapter' }));
    expect(choice.model).toBe(cpu);
    expect(choice.note).toMatch(/no usable graphics adapter/);
  });

  it('passes over large models on a low-memory device', () => {
    expect(chooseModel([f16, small, cpu], gpuCaps({ deviceMemoryGB: 1 })).model).toBe(cpu);
  });

  it('honours the user’s choice when the device can run it, not otherwise', () => {
    expect(chooseModel(all, gpuCaps(), 'cpu').model).toBe(cpu);
    expect(chooseModel(all, gpuCaps({ shaderF16: false }), 'f16').model).toBe(f32);
  });

  it('explains when nothing can run', () => {
    const choice = chooseModel([f16], gpuCaps({ webgpu: 'unsupported' }));
    expect(choice).toEqual({ model: null, note: 'This browser has no WebGPU, and no other configured model can run here.' });
  });

  it('says in plain words why the CPU model cannot run, and what to use instead', () => {
    const noMemory64 = gpuCaps({ webgpu: 'unsupported', wasmCpuEngine: false, cpuEngineGaps: ['memory64'] });
    expect(chooseModel([cpu], noMemory64)).toEqual({
      model: null,
      note: 'This browser cannot run the on-device CPU model: it lacks WebAssembly memory64 (use a current Chrome, Edge or Firefox), and no other configured model can run here.',
    });
    // A GPU model can still run: the note says why the CPU model was passed over.
    expect(chooseModel([cpu, f32], gpuCaps({ wasmCpuEngine: false, cpuEngineGaps: ['memory64'], shaderF16: false }))).toEqual({
      model: f32,
      note: 'This browser cannot run the on-device CPU model: it lacks WebAssembly memory64 (use a current Chrome, Edge or Firefox) — using Llama 3.2 1B (f32).',
    });
  });
});
