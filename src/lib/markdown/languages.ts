/**
 * The languages a code block can be highlighted in, by the names replies put after the fence.
 * Plain data, so a code block can show its label without loading the highlighter.
 */

/** A highlightable language: its grammar in highlight.ts, and the label shown on the block. */
export interface Language {
  grammar: Grammar;
  label: string;
}

/** The grammars highlight.ts registers. */
export type Grammar =
  | 'bash'
  | 'c'
  | 'cpp'
  | 'css'
  | 'diff'
  | 'go'
  | 'java'
  | 'javascript'
  | 'json'
  | 'markdown'
  | 'python'
  | 'rust'
  | 'shell'
  | 'sql'
  | 'typescript'
  | 'xml'
  | 'yaml';

const LANGUAGES: Record<string, Language> = {};
function add(grammar: Grammar, label: string, names: string[]): void {
  for (const name of names) LANGUAGES[name] = { grammar, label };
}
add('javascript', 'JavaScript', ['javascript', 'js', 'jsx', 'mjs', 'cjs', 'node']);
add('typescript', 'TypeScript', ['typescript', 'ts', 'tsx', 'mts', 'cts']);
add('python', 'Python', ['python', 'py', 'python3', 'py3']);
// Replies label command lines "shell" and "sh" as often as "bash": all get the bash grammar.
add('bash', 'Shell', ['bash', 'sh', 'shell', 'zsh', 'ksh']);
add('shell', 'Shell session', ['console', 'shellsession', 'terminal']);
add('json', 'JSON', ['json', 'jsonc', 'json5']);
add('xml', 'HTML', ['html', 'xhtml', 'htm', 'svelte', 'vue']);
add('xml', 'XML', ['xml', 'svg', 'xsl', 'xsd', 'plist', 'rss', 'atom']);
add('css', 'CSS', ['css']);
add('sql', 'SQL', ['sql', 'postgresql', 'postgres', 'mysql', 'sqlite', 'plsql']);
add('java', 'Java', ['java']);
add('c', 'C', ['c', 'h']);
add('cpp', 'C++', ['cpp', 'c++', 'cc', 'cxx', 'hpp', 'hh', 'hxx']);
add('go', 'Go', ['go', 'golang']);
add('rust', 'Rust', ['rust', 'rs']);
add('yaml', 'YAML', ['yaml', 'yml']);
add('markdown', 'Markdown', ['markdown', 'md', 'mdx']);
add('diff', 'Diff', ['diff', 'patch']);

/** The language a fence names (case-insensitive), or null when it is not one Sotto highlights. */
export function languageOf(fence: string): Language | null {
  return Object.hasOwn(LANGUAGES, fence.toLowerCase()) ? (LANGUAGES[fence.toLowerCase()] ?? null) : null;
}

/** The label a code block shows: the language's name, the fence's own word, or "Code". */
export function languageLabel(fence: string): string {
  const known = languageOf(fence);
  if (known) return known.label;
  const word = fence.trim().slice(0, 24);
  return word || 'Code';
}
