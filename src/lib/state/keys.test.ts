import { describe, expect, it } from 'vitest';
import { ariaKeys, matchShortcut, shortcutRows, type KeyPress } from './keys';

const press = (key: string, mods: Partial<KeyPress> = {}): KeyPress => ({ key, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...mods });

describe('matchShortcut', () => {
  it('uses Control off Apple devices and Command on them', () => {
    expect(matchShortcut(press('O', { ctrlKey: true, shiftKey: true }), false, true)).toBe('newConversation');
    expect(matchShortcut(press('O', { metaKey: true, shiftKey: true }), false, true)).toBeNull();
    expect(matchShortcut(press('o', { metaKey: true, shiftKey: true }), true, true)).toBe('newConversation');
    expect(matchShortcut(press('o', { ctrlKey: true, shiftKey: true }), true, true)).toBeNull();
    expect(matchShortcut(press('k', { ctrlKey: true }), false, true)).toBe('search');
    expect(matchShortcut(press('/', { ctrlKey: true }), false, true)).toBe('showShortcuts');
  });

  it('locks with Ctrl/Cmd+Shift+L, even while typing, and not with Ctrl+L (the address bar)', () => {
    expect(matchShortcut(press('L', { ctrlKey: true, shiftKey: true }), false, true)).toBe('lock');
    expect(matchShortcut(press('l', { metaKey: true, shiftKey: true }), true, true)).toBe('lock');
    expect(matchShortcut(press('l', { ctrlKey: true }), false, false)).toBeNull();
    expect(ariaKeys('lock', false)).toBe('Control+Shift+L');
    expect(shortcutRows(false).map((r) => r.does)).toContain('Lock Sotto now');
  });

  it('leaves AltGr characters and other modifier combinations to the browser', () => {
    expect(matchShortcut(press('k', { ctrlKey: true, altKey: true }), false, true)).toBeNull();
    expect(matchShortcut(press('k', { ctrlKey: true, shiftKey: true }), false, true)).toBeNull();
    expect(matchShortcut(press('o', { ctrlKey: true }), false, true)).toBeNull();
  });

  it('accepts Ctrl+/ where "/" needs Shift (German and French layouts)', () => {
    expect(matchShortcut(press('/', { ctrlKey: true, shiftKey: true }), false, false)).toBe('showShortcuts');
  });

  it('takes a plain "/" only outside text fields', () => {
    expect(matchShortcut(press('/'), false, false)).toBe('focusMessage');
    expect(matchShortcut(press('/'), false, true)).toBeNull();
  });

  it('reads Escape as stop and Shift+Escape as the message box, even while typing', () => {
    expect(matchShortcut(press('Escape'), false, true)).toBe('stop');
    expect(matchShortcut(press('Escape', { shiftKey: true }), false, true)).toBe('focusMessage');
    expect(matchShortcut(press('Escape', { ctrlKey: true }), false, false)).toBeNull();
  });

  it('ignores keys pressed while an input method composes text', () => {
    expect(matchShortcut({ ...press('Escape'), isComposing: true }, false, true)).toBeNull();
  });
});

describe('the shortcut list', () => {
  it('names the platform modifier in the dialog and in aria-keyshortcuts', () => {
    expect(shortcutRows(true)[0]?.keys).toEqual([['Cmd', 'Shift', 'O']]);
    expect(shortcutRows(false)[0]?.keys).toEqual([['Ctrl', 'Shift', 'O']]);
    expect(ariaKeys('search', true)).toBe('Meta+K');
    expect(ariaKeys('search', false)).toBe('Control+K');
  });
});
