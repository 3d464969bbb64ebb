/**
 * The cheap test that decides whether a reply is worth parsing as Markdown. It is in the first-load
 * bundle (the parser is not): a reply that fails it is shown as its plain text.
 */

/**
 * Any character or line start that Markdown gives a meaning to: emphasis, code, tables, links,
 * HTML and entities (shown as text, but they must be parsed to be shown right), escapes, block
 * markers at the start of a line, a hard line break, an indented code line, and bare URLs. A bare
 * e-mail address alone does not count: in a reply that is otherwise plain it stays plain text.
 */
const MARKDOWN_HINT = /[*_`~|[\]<>&\\]|^ {0,3}(?:#{1,6}(?:[ \t]|$)|[-+](?:[ \t]|$)|\d{1,9}[.)](?:[ \t]|$)|>|=+[ \t]*$|-{2,}[ \t]*$)|^(?: {4}|\t)\S| {2}\n|https?:\/\/|www\.|mailto:/im;

/** True when `text` may contain Markdown; when false it is shown as plain text, unparsed. */
export function looksLikeMarkdown(text: string): boolean {
  return MARKDOWN_HINT.test(text);
}
