/**
 * Incremental Markdown for a reply that grows a little every frame. The blocks that can no longer
 * change are kept; each update re-lexes only the text after the last safe boundary, so a frame
 * costs the size of the block being written, not the size of the reply.
 *
 * The result is the same as parsing the whole text at once (streaming.test.ts checks thousands of
 * random documents in random chunks); no difference is accepted. Two cases cost a whole parse:
 * earlier text that changed (the parser starts over), and a link definition for a `[label]` in a
 * finished block (until the definition's own block is finished).
 */
import type { MarkedToken, Token, Tokens } from 'marked';
import type { Block } from './ast';
import { lex, TokenConverter, type LinkDefinitions } from './parse';

/**
 * Token types after which a new block cannot change the one before: a blank line, an ATX heading
 * or rule (one line each), a fenced code block (closed, since something follows it). After these,
 * marked looks back at nothing (it only merges into a preceding paragraph or text), so lexing the
 * rest on its own gives the same tokens as lexing the whole.
 */
const BOUNDARY_AFTER = new Set(['space', 'heading', 'hr', 'code']);

/** `[label]` as a reference could use it, normalised the way marked matches labels. */
const REFERENCE = /\[((?:\\.|[^[\]\\]){1,999})\]/g;

/** Parses a reply as it streams; `update(text)` with the whole text so far returns its blocks. */
export class StreamingMarkdown {
  /** The text whose blocks are final: a prefix of every later text (or the parser starts over). */
  #committedText = '';
  #committed: Block[] = [];
  #converter = new TokenConverter();
  #links: LinkDefinitions = Object.create(null) as LinkDefinitions;
  /** Labels written as `[label]` in the committed text: a definition of one arriving later changes them. */
  #referenced = new Set<string>();
  #lastText: string | null = null;
  #lastBlocks: readonly Block[] = [];
  /** How many of the blocks last returned are finished (the rest may still change). */
  get settledCount(): number {
    return this.#committed.length;
  }
  /** Characters lexed by the last update (for tests and the bench: what a frame cost). */
  lastLexedLength = 0;

  /** The blocks of `text`; the objects of finished blocks are the same from one call to the next. */
  update(rawText: string): readonly Block[] {
    if (rawText === this.#lastText) return this.#lastBlocks;
    const text = rawText.includes('\r') ? rawText.replace(/\r\n?/g, '\n') : rawText;
    // The text changed before the committed part (a placeholder restored, an edit): start over.
    if (!text.startsWith(this.#committedText)) this.#reset();

    let tail = text.slice(this.#committedText.length);
    let tokens = lex(tail, this.#links);
    if (this.#definesCommittedReference(tokens.links)) {
      // A definition for a reference in a finished block: only a whole parse shows that link.
      this.#reset();
      tail = text;
      tokens = lex(tail);
    }
    this.lastLexedLength = tail.length;

    const cut = safeCut(tokens, tail);
    if (cut.count > 0) this.#commit(tokens.slice(0, cut.count), tail.slice(0, cut.offset));
    const pending = this.#converter.clone().blocks(tokens.slice(cut.count));

    this.#lastText = rawText;
    this.#lastBlocks = pending.length ? [...this.#committed, ...pending] : this.#committed.slice();
    return this.#lastBlocks;
  }

  #commit(tokens: Token[], source: string): void {
    this.#committed = [...this.#committed, ...this.#converter.blocks(tokens)];
    this.#committedText += source;
    for (const def of definitions(tokens)) {
      const label = normaliseLabel(def.tag);
      this.#links[label] ??= { href: def.href, title: def.title };
    }
    for (const match of source.matchAll(REFERENCE)) this.#referenced.add(normaliseLabel(match[1] ?? ''));
  }

  #definesCommittedReference(links: LinkDefinitions): boolean {
    if (this.#referenced.size === 0) return false;
    return Object.keys(links).some((label) => !Object.hasOwn(this.#links, label) && this.#referenced.has(label));
  }

  #reset(): void {
    this.#committedText = '';
    this.#committed = [];
    this.#converter = new TokenConverter();
    this.#links = Object.create(null) as LinkDefinitions;
    this.#referenced = new Set();
  }
}

/**
 * Where the lexed tail may be cut: after the last boundary token that is followed by a block whose
 * first line is complete. Until that line ends it can still change how the block before ends: after
 * `1. a` and a blank line, `1` is a paragraph until `1.` makes it the list's second item.
 * Returns how many tokens, and how many characters, come before the cut.
 */
function safeCut(tokens: readonly Token[], tail: string): { count: number; offset: number } {
  let offset = 0;
  let best = { count: 0, offset: 0 };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    // Offsets are only meaningful while the tokens' raw text is the text itself (marked may add a
    // newline to a token it merges into another): stop at the first token that is not.
    if (!token || !tail.startsWith(token.raw, offset)) break;
    const start = offset;
    offset += token.raw.length;
    if (i === 0 || !BOUNDARY_AFTER.has(tokens[i - 1]?.type ?? '')) continue;
    if (token.type === 'space' || !tail.includes('\n', start)) continue;
    best = { count: i, offset: start };
  }
  return best;
}

/** The link definitions among `tokens`, also those inside block quotes and list items (they count for the whole reply). */
function* definitions(tokens: readonly Token[]): Generator<Tokens.Def> {
  for (const token of tokens) {
    const t = token as MarkedToken;
    if (t.type === 'def') yield t;
    else if (t.type === 'blockquote') yield* definitions(t.tokens);
    else if (t.type === 'list') for (const item of t.items) yield* definitions(item.tokens);
  }
}

function normaliseLabel(label: string): string {
  return label.trim().replace(/\s+/g, ' ').toLowerCase();
}
