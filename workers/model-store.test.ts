import { describe, expect, it } from 'vitest';
import { insufficientStorage, parseShortfall, storageShortfall } from './model-store';

const MB = 1024 * 1024;

describe('storageShortfall', () => {
  it('says a download that needs more than the free space will not fit', () => {
    expect(storageShortfall({ state: 'absent', neededBytes: 490 * MB, replacedBytes: 0 }, { usage: 880 * MB, quota: 1000 * MB })).toEqual({
      needed: 490 * MB,
      free: 120 * MB,
    });
  });

  it('lets a download that fits go ahead', () => {
    expect(storageShortfall({ state: 'absent', neededBytes: 100 * MB, replacedBytes: 0 }, { usage: 880 * MB, quota: 1000 * MB })).toBeNull();
  });

  it('counts the broken copy that a repair deletes first as free', () => {
    expect(storageShortfall({ state: 'partial', neededBytes: 490 * MB, replacedBytes: 400 * MB }, { usage: 880 * MB, quota: 1000 * MB })).toBeNull();
  });

  it('checks nothing when the size or the quota is unknown, or nothing is to download', () => {
    expect(storageShortfall({ state: 'absent', replacedBytes: 0 }, { usage: 0, quota: 10 })).toBeNull();
    expect(storageShortfall({ state: 'absent', neededBytes: 99, replacedBytes: 0 }, { usage: 0, quota: 0 })).toBeNull();
    expect(storageShortfall({ state: 'complete', neededBytes: 0, replacedBytes: 0 }, { usage: 10, quota: 10 })).toBeNull();
  });

  it('never reports negative free space when usage is over the quota', () => {
    expect(storageShortfall({ state: 'absent', neededBytes: 5, replacedBytes: 0 }, { usage: 12, quota: 10 })).toEqual({ needed: 5, free: 0 });
  });
});

describe('InsufficientStorageError', () => {
  it('carries both numbers across the worker boundary', () => {
    const err = insufficientStorage({ needed: 513802240, free: 125829120 });
    expect(err.name).toBe('InsufficientStorageError');
    expect(parseShortfall(err.message)).toEqual({ needed: 513802240, free: 125829120 });
    expect(parseShortfall('something else')).toBeNull();
  });
});
