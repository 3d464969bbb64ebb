import { describe, expect, it } from 'vitest';
import { EngineFailure, toFailure } from './errors';

describe('toFailure', () => {
  it.each([
    ['CompileError: WebAssembly.instantiate(): expected magic word', 'CompileError'],
    [new WebAssembly.CompileError('bad'), 'CompileError'],
    [new DOMException('over quota', 'QuotaExceededError'), 'QuotaExceededError'],
    [new DOMException('The user aborted a request.', 'AbortError'), 'AbortError'],
    [Object.assign(new Error('x'), { name: 'DeviceLostError' }), 'DeviceLostError'],
    [new Error('GPUOutOfMemoryError: out of memory'), 'OutOfMemoryError'],
    [Object.assign(new Error('This model requires feature shader-f16'), { name: 'FeatureSupportError' }), 'ShaderF16Error'],
    [new Error('Failed to fetch https://h/m.gguf: HTTP 404'), 'DownloadError'],
    [new TypeError('Failed to fetch'), 'DownloadError'],
    [new Error('Cannot fetch https://h/resolve/main/mlc-chat-config.json'), 'ModelConfigMissingError'],
    [new EngineFailure('CorruptModelError', 'not a GGUF'), 'CorruptModelError'],
    [Object.assign(new Error('nope'), { name: 'WebGPUNotFoundError' }), 'WebGPUUnavailableError'],
    [new Error('request (4108 tokens) exceeds the available context size (4096 tokens), try increasing it'), 'ContextOverflowError'],
    [Object.assign(new Error('too long'), { name: 'ContextWindowSizeExceededError' }), 'ContextOverflowError'],
  ])('classifies %s as %s', (err, name) => {
    expect(toFailure(err).name).toBe(name);
  });

  it('keeps the HTTP status of a failed download', () => {
    expect(toFailure(new Error('Failed to fetch https://h/m.gguf: HTTP 503'))).toEqual({ name: 'DownloadError', message: 'HTTP 503' });
  });

  it('keeps unknown errors as they are', () => {
    expect(toFailure(new RangeError('weird'))).toEqual({ name: 'RangeError', message: 'weird' });
  });
});

describe('toFailure for a crashed CPU engine', () => {
  it('names the crash', () => {
    expect(toFailure('wllama has crashed, please reload the module').name).toBe('EngineCrashError');
  });
});
