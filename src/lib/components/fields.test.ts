import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// Chromium writes the contents of text fields into its session-restore files on disk, unless a
// field says autocomplete="off" (password fields never). With the vault on, no word a user typed
// may reach the disk, so every text field of the app must say it (proved end to end by
// tests/e2e/vault-canary.spec.ts; this catches a new field before it ships).

const NOT_TEXT = /type="(checkbox|radio|file|password|range|number|color)"/;

describe('text fields', () => {
  it('every input and textarea that takes words says autocomplete="off"', () => {
    const dir = join(import.meta.dirname, '.');
    const missing: string[] = [];
    let checked = 0;
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.svelte'))) {
      const source = readFileSync(join(dir, file), 'utf8');
      for (const match of source.matchAll(/<(input|textarea)\b[^>]*>/gs)) {
        const tag = match[0];
        if (NOT_TEXT.test(tag)) continue;
        checked++;
        if (!/autocomplete="off"/.test(tag)) missing.push(`${file}: ${tag.replace(/\s+/g, ' ').slice(0, 80)}`);
      }
    }
    expect(missing).toEqual([]);
    expect(checked).toBeGreaterThanOrEqual(8);
  });
});
