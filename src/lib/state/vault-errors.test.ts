import { describe, expect, it } from 'vitest';
import { MigrationStoppedError } from './vault.svelte';

describe('turning the lock on or off stops midway', () => {
  it('says a full disk plainly, and that nothing is lost and it carries on', () => {
    const full = new MigrationStoppedError(new DOMException('', 'QuotaExceededError'), 'on');
    expect(full.message).toMatch(/^Encrypting your data stopped: this device has no storage space left for Sotto\. Free up some space/);
    expect(full.message).toContain('Nothing is lost');
    expect(full.message).toContain('carries on from where it stopped');
  });

  it('names another failure by its message, or by its name when it has none', () => {
    expect(new MigrationStoppedError(new Error('disk I/O error'), 'off').message).toMatch(/^Decrypting your data stopped: disk I\/O error\. Reload Sotto and unlock it/);
    expect(new MigrationStoppedError(new DOMException('', 'UnknownError'), 'on').message).toMatch(/stopped: UnknownError\./);
  });
});
