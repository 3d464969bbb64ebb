import { beforeAll, describe, expect, it } from 'vitest';
import {
  BACKUP_FORMAT,
  BACKUP_ITERATIONS,
  DamagedBackupError,
  UnsupportedBackupError,
  WrongBackupPasswordError,
  checkBackup,
  decryptBackup,
  encryptBackup,
  isEncryptedBackup,
  newPasswordProblem,
} from './backup-crypto';

// Each key derivation is 600,000 PBKDF2 iterations (about half a second), so one backup is shared.
const PASSWORD = 'correct horse battery';
const CANARY = 'zebrafinch-canary-4711';
const TEXT = `{"format": "sotto-conversations", "text": "${CANARY} · Grüße, 東京, 🦓, ﷽"}\n`;
let backup = '';

beforeAll(async () => {
  backup = await encryptBackup(TEXT, PASSWORD);
}, 30_000);

/** The backup with one part of its envelope changed. */
function edited(change: (envelope: Record<string, Record<string, unknown>>) => void): string {
  const envelope = JSON.parse(backup) as Record<string, Record<string, unknown>>;
  change(envelope);
  return JSON.stringify(envelope);
}

/** Base64 with its first byte flipped. */
function flipped(value: unknown): string {
  const bytes = Uint8Array.from(atob(String(value)), (c) => c.charCodeAt(0));
  bytes[0] = (bytes[0] ?? 0) ^ 1;
  return btoa(String.fromCharCode(...bytes));
}

describe('encrypted backups', () => {
  it('opens with its password and gives back the exact text, Unicode included', async () => {
    expect(await decryptBackup(backup, PASSWORD)).toBe(TEXT);
  });

  it('is an envelope with the parameters it claims, and holds none of the text', () => {
    const envelope = JSON.parse(backup) as Record<string, Record<string, unknown>>;
    expect(envelope.format).toBe(BACKUP_FORMAT);
    expect(envelope.version).toBe(1);
    expect(envelope.kdf).toMatchObject({ name: 'PBKDF2', hash: 'SHA-256', iterations: BACKUP_ITERATIONS });
    expect(envelope.cipher).toMatchObject({ name: 'AES-GCM' });
    expect(atob(String(envelope.kdf?.salt))).toHaveLength(16);
    expect(atob(String(envelope.cipher?.iv))).toHaveLength(12);
    for (const hidden of [CANARY, 'zebrafinch', 'sotto-conversations', 'Grüße', PASSWORD]) expect(backup).not.toContain(hidden);
    expect(isEncryptedBackup(backup)).toBe(true);
    expect(isEncryptedBackup(TEXT)).toBe(false);
    expect(isEncryptedBackup(`\uFEFF${backup}`)).toBe(true);
  });

  it('uses a fresh salt and IV every time', async () => {
    const again = JSON.parse(await encryptBackup(TEXT, PASSWORD)) as Record<string, Record<string, unknown>>;
    const first = JSON.parse(backup) as Record<string, Record<string, unknown>>;
    expect(again.kdf?.salt).not.toBe(first.kdf?.salt);
    expect(again.cipher?.iv).not.toBe(first.cipher?.iv);
    expect(again.data).not.toBe(first.data);
  }, 30_000);

  it('says plainly when the password is wrong', async () => {
    await expect(decryptBackup(backup, 'correct horse battery!')).rejects.toThrow(WrongBackupPasswordError);
    await expect(decryptBackup(backup, '')).rejects.toThrow('That password does not open this backup. Check it and try again; nothing was imported.');
  });

  it('takes the same password typed with composed or decomposed accents', async () => {
    const sealed = await encryptBackup(TEXT, 'caf\u00e9 au lait');
    expect(await decryptBackup(sealed, 'cafe\u0301 au lait')).toBe(TEXT);
  }, 30_000);

  it('refuses changed data as damaged, not as a wrong password', async () => {
    const error = await decryptBackup(
      edited((e) => (e.data = flipped(e.data) as never)),
      PASSWORD,
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DamagedBackupError);
    expect((error as Error).message).toMatch(/^The password is right, but this backup was changed or damaged/);
  });

  it('refuses a changed IV or a changed header', async () => {
    await expect(decryptBackup(edited((e) => (e.cipher!.iv = flipped(e.cipher!.iv))), PASSWORD)).rejects.toThrow(DamagedBackupError);
    await expect(decryptBackup(edited((e) => (e.kdf!.salt = flipped(e.kdf!.salt))), PASSWORD)).rejects.toThrow(WrongBackupPasswordError);
    await expect(decryptBackup(edited((e) => (e.kdf!.iterations = BACKUP_ITERATIONS + 1)), PASSWORD)).rejects.toThrow(WrongBackupPasswordError);
    await expect(decryptBackup(edited((e) => (e.check!.tag = flipped(e.check!.tag))), PASSWORD)).rejects.toThrow(WrongBackupPasswordError);
  }, 30_000);

  it('refuses a file cut short, or with parts missing, before asking for a password', () => {
    expect(() => checkBackup(backup.slice(0, backup.length / 2))).toThrow(/^This encrypted backup is damaged or was not made by Sotto \(it is not complete JSON/);
    expect(() => checkBackup(edited((e) => delete e.cipher!.iv))).toThrow(DamagedBackupError);
    expect(() => checkBackup(edited((e) => (e.data = 'not base64!' as never)))).toThrow(/"data" is not base64/);
    expect(() => checkBackup(edited((e) => (e.kdf!.salt = btoa('short'))))).toThrow(/"kdf.salt" is 5 bytes, not 16/);
    expect(() => checkBackup(edited((e) => (e.extra = {})))).toThrow(/a key Sotto does not write, "extra"/);
    expect(() => checkBackup(edited((e) => (e.kdf!.hash = 'SHA-1')))).toThrow(/not PBKDF2 with SHA-256/);
    expect(() => checkBackup(backup)).not.toThrow();
  });

  it('refuses iterations too few to protect, or so many that the tab would hang', () => {
    for (const iterations of [1, 599_999, 10_000_001, 1e12, 600_000.5, '600000']) {
      expect(() => checkBackup(edited((e) => (e.kdf!.iterations = iterations)))).toThrow(/key-derivation iterations; Sotto uses 600,000 to 10,000,000/);
    }
  });

  it('asks for a newer Sotto when the backup is a later version', () => {
    expect(() => checkBackup(edited((e) => (e.version = 2 as never)))).toThrow(UnsupportedBackupError);
    expect(() => checkBackup(edited((e) => (e.version = 2 as never)))).toThrow('This backup was made by a newer version of Sotto (backup version 2; this one reads version 1). Update Sotto, then import it again.');
  });
});

describe('new backup passwords', () => {
  it('must be given, be at least 8 characters, and match their confirmation', async () => {
    expect(newPasswordProblem('', '')).toBe('Enter a password for the backup.');
    expect(newPasswordProblem('1234567', '1234567')).toBe('Use at least 8 characters for the backup password.');
    expect(newPasswordProblem('12345678', '12345679')).toBe('The two passwords differ. Type the same password in both fields.');
    expect(newPasswordProblem('🦓🦓🦓🦓🦓🦓🦓🦓', '🦓🦓🦓🦓🦓🦓🦓🦓')).toBeNull();
    await expect(encryptBackup(TEXT, 'short')).rejects.toThrow('Use at least 8 characters');
  });
});
