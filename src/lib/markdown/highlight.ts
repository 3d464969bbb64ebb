/**
 * Syntax highlighting for code blocks, loaded only when a reply has a code block in a known
 * language. lowlight (highlight.js's grammars) gives a tree, never HTML; it is turned into a tree
 * of text and token kinds from a fixed set, so the classes in the page never come from the reply.
 */
import bash from 'highlight.js/lib/languages/bash';
import c from 'highlight.js/lib/languages/c';
import cpp from 'highlight.js/lib/languages/cpp';
import css from 'highlight.js/lib/languages/css';
import diff from 'highlight.js/lib/languages/diff';
import go from 'highlight.js/lib/languages/go';
import java from 'highlight.js/lib/languages/java';
import javascript from 'highlight.js/lib/languages/javascript';
import json from 'highlight.js/lib/languages/json';
import markdown from 'highlight.js/lib/languages/markdown';
import python from 'highlight.js/lib/languages/python';
import rust from 'highlight.js/lib/languages/rust';
import shell from 'highlight.js/lib/languages/shell';
import sql from 'highlight.js/lib/languages/sql';
import typescript from 'highlight.js/lib/languages/typescript';
import xml from 'highlight.js/lib/languages/xml';
import yaml from 'highlight.js/lib/languages/yaml';
import type { LanguageFn } from 'highlight.js';
import { createLowlight } from 'lowlight';
import { languageOf, type Grammar } from './languages';

/** The kinds of token a code block colours; each has a colour in light and dark (CodeBlock.svelte). */
export type TokenKind = 'keyword' | 'string' | 'number' | 'comment' | 'title' | 'attr' | 'meta' | 'builtin' | 'addition' | 'deletion';

/** Highlighted code: text, or a token of one kind around more of the same. */
export type CodeNode = string | { kind: TokenKind | null; children: CodeNode[] };

const GRAMMARS: Record<Grammar, LanguageFn> = {
  bash,
  c,
  cpp,
  css,
  diff,
  go,
  java,
  javascript,
  json,
  markdown,
  python,
  rust,
  shell,
  sql,
  typescript,
  xml,
  yaml,
};

const lowlight = createLowlight(GRAMMARS);

/** highlight.js scopes (the first class, without `hljs-`) → the kind they are coloured as. */
const KIND_OF_SCOPE: Record<string, TokenKind> = {
  keyword: 'keyword',
  'selector-tag': 'keyword',
  doctag: 'keyword',
  literal: 'number',
  number: 'number',
  string: 'string',
  regexp: 'string',
  symbol: 'string',
  char: 'string',
  'template-tag': 'string',
  'template-variable': 'string',
  link: 'string',
  'selector-attr': 'string',
  'selector-pseudo': 'string',
  comment: 'comment',
  quote: 'comment',
  title: 'title',
  section: 'title',
  name: 'title',
  'selector-id': 'title',
  'selector-class': 'title',
  attr: 'attr',
  attribute: 'attr',
  property: 'attr',
  variable: 'attr',
  params: 'attr',
  meta: 'meta',
  bullet: 'meta',
  code: 'meta',
  built_in: 'builtin',
  type: 'builtin',
  addition: 'addition',
  deletion: 'deletion',
};

type Tree = ReturnType<typeof lowlight.highlight>;
type TreeNode = Tree['children'][number];

/** The highlighted tree of `code` in the language a fence names, or null when it is not one Sotto highlights. */
export function highlight(code: string, fence: string): CodeNode[] | null {
  const language = languageOf(fence);
  if (!language) return null;
  return convert(lowlight.highlight(language.grammar, code).children);
}

function convert(nodes: readonly TreeNode[]): CodeNode[] {
  const out: CodeNode[] = [];
  for (const node of nodes) {
    if (node.type === 'text') out.push(node.value);
    else if (node.type === 'element') out.push({ kind: kindOf(node.properties['className']), children: convert(node.children) });
  }
  return out;
}

function kindOf(className: unknown): TokenKind | null {
  const first = Array.isArray(className) ? String(className[0] ?? '') : '';
  const scope = first.replace(/^hljs-/, '');
  return Object.hasOwn(KIND_OF_SCOPE, scope) ? (KIND_OF_SCOPE[scope] ?? null) : null;
}
