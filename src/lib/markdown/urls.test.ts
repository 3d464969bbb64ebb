import { describe, expect, it } from 'vitest';
import { safeImageUrl, safeLink, textShowsDestination } from './urls';

describe('safeLink', () => {
  it.each([
    ['https://docs.example.org/guide?x=1#part', 'https://docs.example.org/guide?x=1#part', 'docs.example.org'],
    ['http://example.com', 'http://example.com/', 'example.com'],
    ['HTTPS://Example.COM:8443/a', 'https://example.com:8443/a', 'example.com:8443'],
    ['mailto:someone@example.org', 'mailto:someone@example.org', 'someone@example.org'],
    ['  https://padded.example/  ', 'https://padded.example/', 'padded.example'],
  ])('accepts %j as a link to %s, shown as %s', (raw, href, host) => {
    expect(safeLink(raw)).toEqual({ href, host });
  });

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'javascript://%0aalert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'ftp://files.example/',
    'blob:https://example.com/uuid',
    'about:blank',
    'tel:+15551234567',
    '/relative/path',
    'relative/path',
    '//protocol-relative.example/x',
    '#fragment',
    '?query',
    '',
    'https://',
    'not a url',
  ])('rejects %j', (raw) => {
    expect(safeLink(raw)).toBeNull();
  });

  it('shows the real host: credentials before an @ are not the host', () => {
    expect(safeLink('https://bank.example@evil.example/login')?.host).toBe('evil.example');
  });

  it('shows an internationalised host as punycode, so a look-alike host shows as what it is', () => {
    expect(safeLink('https://аррӏе.example/')?.host).toMatch(/^xn--/);
  });
});

describe('safeImageUrl', () => {
  it('accepts only http(s) URLs, normalised', () => {
    expect(safeImageUrl('https://img.example/a b.png')).toBe('https://img.example/a%20b.png');
    expect(safeImageUrl('http://img.example/x.png')).toBe('http://img.example/x.png');
  });

  it.each(['mailto:a@b.example', 'data:image/png;base64,AAAA', 'javascript:alert(1)', '/local.png', '//cdn.example/x.png'])('rejects %j', (raw) => {
    expect(safeImageUrl(raw)).toBeNull();
  });
});

describe('textShowsDestination', () => {
  const link = safeLink('https://example.com/path')!;
  it.each(['https://example.com/path', 'example.com/path', 'example.com', 'EXAMPLE.COM'])('is true for %j', (text) => {
    expect(textShowsDestination(text, link, 'https://example.com/path')).toBe(true);
  });
  it.each(['Docs', 'https://bank.example/path', 'example.com.evil', ''])('is false for %j', (text) => {
    expect(textShowsDestination(text, link, 'https://example.com/path')).toBe(false);
  });
});
