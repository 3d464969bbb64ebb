/**
 * The Markdown a reply may render as, after the safety rules are applied. There is no node for
 * raw HTML, images, styles or ids: what the renderer cannot be given, it cannot put in the page.
 */

export type Align = 'left' | 'center' | 'right' | null;

export type Inline =
  | { type: 'text'; text: string }
  | { type: 'strong'; children: Inline[] }
  | { type: 'em'; children: Inline[] }
  | { type: 'del'; children: Inline[] }
  | { type: 'code'; text: string }
  | { type: 'br' }
  /**
   * An http(s) or mailto link. `destination` is shown after the text when the text does not
   * already say where the link goes; `image` marks a Markdown image shown as a link to it.
   */
  | { type: 'link'; href: string; children: Inline[]; destination: string | null; image: boolean };

export interface ListItem {
  /** A task list item: shown with a disabled checkbox. */
  task: boolean;
  checked: boolean;
  children: Block[];
}

/** Heading levels in the page: the app title is h1 and the conversation h2, so replies start at h3. */
export type HeadingLevel = 3 | 4 | 5 | 6;

export type Block =
  | { type: 'paragraph'; children: Inline[] }
  /** The text of a tight list item: inline content without a paragraph around it. */
  | { type: 'text'; children: Inline[] }
  | { type: 'heading'; level: HeadingLevel; children: Inline[] }
  /** Fenced or indented code; `lang` is the first word of the fence's info string, or ''. */
  | { type: 'code'; lang: string; text: string }
  | { type: 'quote'; children: Block[] }
  | { type: 'list'; ordered: boolean; start: number; loose: boolean; items: ListItem[] }
  | { type: 'table'; align: Align[]; head: Inline[][]; rows: Inline[][][] }
  | { type: 'rule' }
  /** Raw HTML (or anything the parser could not classify), shown exactly as it was written. */
  | { type: 'literal'; text: string };
