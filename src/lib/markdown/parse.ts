/**
 * Markdown → the safe tree in ast.ts. marked does the parsing (GFM); this module decides what each
 * of its tokens may become, and that is where the safety rules live: raw HTML becomes text, images
 * become links to open (never to load), links only go to http(s) and mailto and say where.
 */
import { decodeHTMLStrict } from 'entities';
import { getDefaults, Lexer, Tokenizer, type MarkedToken, type Token, type Tokens, type TokensList } from 'marked';
import type { Align, Block, HeadingLevel, Inline, ListItem } from './ast';
import { safeImageUrl, safeLink, textShowsDestination } from './urls';

/** Link reference definitions (`[label]: url`), by normalised label, as marked keeps them. */
export type LinkDefinitions = TokensList['links'];

/** How long a URL that cannot be a link may be before it is shortened in the text that shows it. */
const MAX_SHOWN_URL = 120;

/**
 * marked lets a link definition's quoted or parenthesised title run across blank lines; CommonMark
 * does not (a blank line ends the paragraph), and reads what is before the blank line on its own.
 * Without this, a `)` late in a reply could turn every block since a `[label]: url (` into one
 * title, and no block would ever be final while it streams.
 */
class CommonMarkTitles extends Tokenizer {
  override def(src: string): Tokens.Def | undefined {
    const token = super.def(src);
    const blank = token ? /\n[ \t]*\n/.exec(token.raw.trimEnd()) : null;
    return blank ? super.def(src.slice(0, blank.index + 1)) : token;
  }
}

const OPTIONS = { ...getDefaults(), gfm: true, breaks: false, pedantic: false, silent: true, tokenizer: new CommonMarkTitles() };

/** Lexes Markdown into marked's top-level tokens; `links` are definitions made earlier in the same reply. */
export function lex(markdown: string, links?: LinkDefinitions): TokensList {
  const lexer = new Lexer(OPTIONS);
  if (links) Object.assign(lexer.tokens.links, links);
  return lexer.lex(markdown);
}

/** Parses a whole reply at once. */
export function parseMarkdown(markdown: string): Block[] {
  return new TokenConverter().blocks(lex(markdown));
}

/**
 * Turns marked's tokens into blocks. It carries one piece of state from block to block: heading
 * levels are made to step down one at a time from h3 (the page outline stays valid whatever levels
 * the reply uses), so a heading's level depends on the headings before it.
 */
export class TokenConverter {
  #firstDepth: number | null = null;
  #previousLevel = 2;

  /** A converter that continues from this one's state (used to convert a streaming tail more than once). */
  clone(): TokenConverter {
    const copy = new TokenConverter();
    copy.#firstDepth = this.#firstDepth;
    copy.#previousLevel = this.#previousLevel;
    return copy;
  }

  /** Converts block tokens; spaces, definitions and checkboxes make no block. */
  blocks(tokens: readonly Token[]): Block[] {
    const out: Block[] = [];
    for (const token of tokens) {
      const block = this.block(token);
      if (block) out.push(block);
    }
    return out;
  }

  /** Converts one block token, or null for one that shows nothing. */
  block(token: Token): Block | null {
    const t = token as MarkedToken;
    switch (t.type) {
      case 'space':
      case 'def':
      case 'checkbox':
        return null;
      case 'paragraph':
        return { type: 'paragraph', children: inlines(t.tokens) };
      case 'text':
        return { type: 'text', children: t.tokens ? inlines(t.tokens) : [text(decode(t.text))] };
      case 'heading':
        return { type: 'heading', level: this.#level(t.depth), children: inlines(t.tokens) };
      case 'code':
        return { type: 'code', lang: t.codeBlockStyle === 'indented' ? '' : (/^\S*/.exec(t.lang ?? '')?.[0] ?? ''), text: t.text };
      case 'blockquote':
        return { type: 'quote', children: this.blocks(t.tokens) };
      case 'list':
        return {
          type: 'list',
          ordered: t.ordered,
          start: t.ordered && t.start !== '' ? t.start : 1,
          loose: t.loose,
          items: t.items.map((item): ListItem => ({ task: item.task, checked: item.task && item.checked === true, children: this.blocks(item.tokens) })),
        };
      case 'table':
        return {
          type: 'table',
          align: t.align.map((a): Align => a ?? null),
          head: t.header.map((cell) => inlines(cell.tokens)),
          rows: t.rows.map((row) => row.map((cell) => inlines(cell.tokens))),
        };
      case 'hr':
        return { type: 'rule' };
      case 'html':
        return { type: 'literal', text: t.text.replace(/\n+$/, '') };
      default:
        // A token this renderer does not know: shown as the text it came from.
        return token.raw.trim() ? { type: 'literal', text: token.raw.replace(/\n+$/, '') } : null;
    }
  }

  #level(depth: number): HeadingLevel {
    this.#firstDepth ??= depth;
    const wanted = 3 + Math.max(0, depth - this.#firstDepth);
    const level = Math.min(6, wanted, this.#previousLevel + 1) as HeadingLevel;
    this.#previousLevel = level;
    return level;
  }
}

/** Converts inline tokens. Inside a link (`inLink`), an image becomes text: links do not nest. */
function inlines(tokens: readonly Token[], inLink = false): Inline[] {
  const out: Inline[] = [];
  for (const token of tokens) out.push(...inline(token, inLink));
  return out;
}

function inline(token: Token, inLink: boolean): Inline[] {
  const t = token as MarkedToken;
  switch (t.type) {
    case 'text':
      return t.tokens ? inlines(t.tokens, inLink) : [text(decode(t.text))];
    case 'escape':
      return [text(t.text)];
    case 'html':
      // Raw inline HTML is shown as it was written, and never becomes an element.
      return [text(t.raw)];
    case 'strong':
      return [{ type: 'strong', children: inlines(t.tokens, inLink) }];
    case 'em':
      return [{ type: 'em', children: inlines(t.tokens, inLink) }];
    case 'del':
      return [{ type: 'del', children: inlines(t.tokens, inLink) }];
    case 'codespan':
      return [{ type: 'code', text: t.text }];
    case 'br':
      return [{ type: 'br' }];
    case 'checkbox':
      return [];
    case 'link':
      return link(t, inLink);
    case 'image':
      return image(t, inLink);
    default:
      return [text(token.raw)];
  }
}

function link(t: Tokens.Link, inLink: boolean): Inline[] {
  const children = inlines(t.tokens, true);
  // marked leaves character references in a destination for the HTML it would write; decode them
  // as a browser would, so `&#106;avascript:` is judged as the `javascript:` it is.
  const raw = t.autolink ? t.href : decode(t.href);
  const target = inLink ? null : safeLink(raw);
  if (!target) return children;
  const destination = t.autolink || textShowsDestination(plainText(children), target, raw) ? null : target.host;
  return [{ type: 'link', href: target.href, children, destination, image: false }];
}

function image(t: Tokens.Image, inLink: boolean): Inline[] {
  const alt = plainText(inlines(t.tokens, true)).trim();
  const label = alt ? `Image: ${alt}` : 'Image';
  const raw = decode(t.href);
  const url = safeImageUrl(raw);
  if (url && !inLink) return [{ type: 'link', href: url, children: [text(label)], destination: url, image: true }];
  return [text(`${label} (${url ?? shorten(raw.trim())})`)];
}

/** The text an inline tree shows (without link destinations). */
export function plainText(nodes: readonly Inline[]): string {
  let out = '';
  for (const node of nodes) {
    if (node.type === 'text' || node.type === 'code') out += node.text;
    else if (node.type === 'br') out += '\n';
    else out += plainText(node.children);
  }
  return out;
}

function text(value: string): Inline {
  return { type: 'text', text: value };
}

/** Character references (`&amp;`, `&#x41;`) as CommonMark reads them: only with their semicolon. */
function decode(value: string): string {
  return value.includes('&') ? decodeHTMLStrict(value) : value;
}

function shorten(url: string): string {
  return url.length > MAX_SHOWN_URL ? `${url.slice(0, MAX_SHOWN_URL)}…` : url;
}
