import { describe, expect, it } from 'vitest';
import type { ModelEntry } from '../config/config';
import { insufficientStorage } from '../../../workers/model-store';
import { cpuEngineReason } from './cpu-reason';
import { explainEngineError } from './explain';

const gpu: ModelEntry = { id: 'g', label: 'Llama', engine: 'webllm', webllmId: 'Llama-3.2-1B-Instruct-q4f32_1-MLC' };
const cpu: ModelEntry = { id: 'c', label: 'Tiny', engine: 'wllama', url: 'https://models.example.org/t.gguf' };
const onGpu = { model: gpu, online: true, cpuAvailable: true };
const onCpu = { model: cpu, online: true, cpuAvailable: false };

describe('explainEngineError', () => {
  it.each([
    ['DeviceLostError', /graphics device was lost.*Reload the page/],
    ['OutOfMemoryError', /ran out of memory for Llama.*smaller model/],
    ['ShaderF16Error', /shader-f16.*Choose an f32 model/],
    ['CompileError', /could not be started \(its WebAssembly file did not compile\)/],
    ['WebGPUUnavailableError', /WebGPU is not available/],
    ['WorkerCrashError', /stopped unexpectedly/],
  ])('a GPU %s says what happened and offers the CPU model', (name, pattern) => {
    const e = explainEngineError({ name, message: 'x' }, onGpu);
    expect(e.message).toMatch(pattern);
    expect(e.message).toMatch(/You can use the CPU model instead\./);
    expect(e.offerCpu).toBe(true);
  });

  it('does not offer the CPU model when the CPU model is the one that failed', () => {
    expect(explainEngineError({ name: 'EngineCrashError', message: 'x' }, onCpu)).toEqual({
      message: 'The on-device engine crashed while running Tiny (often: not enough memory). Reload the page to start it again.',
      offerCpu: false,
    });
  });

  it('names the host and status of a failed download', () => {
    expect(explainEngineError({ name: 'DownloadError', message: 'HTTP 503' }, onCpu).message).toBe(
      'Could not download Tiny: models.example.org answered HTTP 503 (a server error). Try again later, or ask your IT admin to check the model mirror.',
    );
  });

  it('tells offline from an unreachable host', () => {
    expect(explainEngineError({ name: 'DownloadError', message: 'network' }, { ...onCpu, online: false }).message).toMatch(/^You are offline/);
    expect(explainEngineError({ name: 'DownloadError', message: 'network' }, onCpu).message).toMatch(/models\.example\.org did not answer/);
  });

  it('keeps unknown errors readable', () => {
    expect(explainEngineError({ name: 'RangeError', message: 'odd' }, onCpu).message).toMatch(/\(RangeError: odd\)\. Try again/);
  });

  it('says how much a model needs and how much is free, where to make room, and offers Retry', () => {
    const qwen = { ...cpu, label: 'Qwen2.5 0.5B' };
    const MB = 1024 * 1024;
    const message = insufficientStorage({ needed: 490 * MB, free: 120 * MB }).message;
    expect(explainEngineError({ name: 'InsufficientStorageError', message }, { ...onCpu, model: qwen })).toEqual({
      message:
        'Qwen2.5 0.5B needs 490 MB, but only 120 MB of storage is free for Sotto on this device. Delete a model you no longer use in Models, or free disk space, then try again.',
      offerCpu: false,
      offerRetry: true,
    });
  });

  it('offers Retry when the disk filled up during a download', () => {
    expect(explainEngineError({ name: 'QuotaExceededError', message: 'x' }, onCpu)).toMatchObject({
      message: 'There is not enough storage space on this device for Tiny. Free up disk space, then try again.',
      offerRetry: true,
    });
  });
});

describe('cpuEngineReason', () => {
  it('names what the browser lacks and which browsers have it', () => {
    expect(cpuEngineReason(['memory64'])).toBe('This browser cannot run the on-device CPU model: it lacks WebAssembly memory64 (use a current Chrome, Edge or Firefox)');
    expect(cpuEngineReason(['memory64', 'simd', 'exceptions'])).toBe(
      'This browser cannot run the on-device CPU model: it lacks WebAssembly memory64, WebAssembly SIMD and WebAssembly exception handling (use a current Chrome, Edge or Firefox)',
    );
  });

  it('sends a page that is not cross-origin isolated to the IT admin, not to another browser', () => {
    const reason = cpuEngineReason(['isolation']);
    expect(reason).toMatch(/^This browser cannot run the on-device CPU model: the page is not cross-origin isolated/);
    expect(reason).toMatch(/ask your IT admin to send the Cross-Origin-Opener-Policy and Cross-Origin-Embedder-Policy headers/);
    expect(reason).not.toMatch(/Chrome/);
    expect(cpuEngineReason(['memory64', 'isolation'])).toMatch(/lacks WebAssembly memory64 \(use a current Chrome, Edge or Firefox\), and the page is not cross-origin isolated/);
  });

  it('still says what to do when the missing features are unknown', () => {
    expect(cpuEngineReason([])).toBe('This browser cannot run the on-device CPU model: it lacks WebAssembly features the model needs (use a current Chrome, Edge or Firefox)');
  });

  it('is the message when the engine worker finds the CPU engine cannot run', () => {
    expect(explainEngineError({ name: 'CpuEngineUnsupportedError', message: cpuEngineReason(['memory64']) }, onCpu)).toEqual({
      message: 'This browser cannot run the on-device CPU model: it lacks WebAssembly memory64 (use a current Chrome, Edge or Firefox).',
      offerCpu: false,
    });
  });
});
