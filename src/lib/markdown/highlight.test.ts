import { describe, expect, it } from 'vitest';
import { highlight, type CodeNode, type TokenKind } from './highlight';
import { languageLabel, languageOf } from './languages';

const KINDS: readonly TokenKind[] = ['keyword', 'string', 'number', 'comment', 'title', 'attr', 'meta', 'builtin', 'addition', 'deletion'];

function flatten(nodes: readonly CodeNode[]): string {
  return nodes.map((n) => (typeof n === 'string' ? n : flatten(n.children))).join('');
}
function kinds(nodes: readonly CodeNode[]): Set<string> {
  const out = new Set<string>();
  for (const n of nodes) if (typeof n !== 'string') [n.kind ?? 'none', ...kinds(n.children)].forEach((k) => out.add(k));
  return out;
}

const SAMPLES: Record<string, string> = {
  js: 'const total = items.reduce((sum, x) => sum + x.price, 0); // sum\nexport default total;',
  ts: 'interface User { id: number; name: string }\nfunction greet(u: User): string { return `hi ${u.name}`; }',
  python: 'def greet(name: str) -> str:\n    """Say hi."""\n    return f"hi {name}"  # comment',
  bash: 'for f in *.txt; do\n  echo "$f" | wc -l  # count\ndone',
  shell: 'if [ -z "$HOME" ]; then exit 1; fi',
  json: '{ "name": "sotto", "version": 1, "private": true, "tags": null }',
  html: '<!doctype html>\n<a href="https://x.example" class="y">link</a>',
  xml: '<?xml version="1.0"?><note id="1"><to>Tove</to></note>',
  css: '.card > h2:hover { color: #1f3a5f; margin: 0 auto !important; }',
  sql: "SELECT id, name FROM users WHERE created_at > '2024-01-01' ORDER BY id LIMIT 10;",
  java: 'public class Main { public static void main(String[] args) { System.out.println("hi"); } }',
  c: '#include <stdio.h>\nint main(void) { printf("%d\\n", 42); return 0; }',
  'c++': '#include <vector>\ntemplate <typename T> T twice(T x) { return x * 2; }',
  go: 'package main\nimport "fmt"\nfunc main() { fmt.Println("hi", 42) }',
  rust: 'fn main() { let v: Vec<i32> = vec![1, 2]; println!("{:?}", v); }',
  yaml: 'name: sotto\nversion: 1\nitems:\n  - "a"  # first\n  - true',
  markdown: '# Title\n\nSome **bold** and a [link](https://x.example).',
  diff: '--- a/x\n+++ b/x\n@@ -1 +1 @@\n-old\n+new',
};

describe('highlight', () => {
  it.each(Object.entries(SAMPLES))('highlights %s into coloured tokens that keep the exact text', (lang, code) => {
    const nodes = highlight(code, lang);
    expect(nodes).not.toBeNull();
    expect(flatten(nodes ?? [])).toBe(code);
    const found = [...kinds(nodes ?? [])].filter((k) => k !== 'none');
    expect(found.length).toBeGreaterThan(0);
    for (const k of found) expect(KINDS).toContain(k);
  });

  it('matches fence names case-insensitively, and leaves unknown languages alone', () => {
    expect(highlight('x = 1', 'PYTHON')).not.toBeNull();
    expect(highlight('x = 1', 'cobol')).toBeNull();
    expect(highlight('x = 1', '')).toBeNull();
    expect(highlight('x', 'constructor')).toBeNull();
  });
});

describe('languages', () => {
  it('labels a code block by its language, its own fence word, or "Code"', () => {
    expect(languageLabel('ts')).toBe('TypeScript');
    expect(languageLabel('sh')).toBe('Shell');
    expect(languageLabel('cobol')).toBe('cobol');
    expect(languageLabel('')).toBe('Code');
    expect(languageLabel('x'.repeat(100))).toHaveLength(24);
    expect(languageOf('__proto__')).toBeNull();
  });
});
