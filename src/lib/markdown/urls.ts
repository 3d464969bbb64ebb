/**
 * Which destinations in a reply may become links. A reply can be written by a prompt-injected
 * model, so a link must go where it says, to a place a click cannot turn into script or a data leak.
 */

/** A destination that may be a link: the URL to put in `href`, and what to show the reader. */
export interface SafeLink {
  /** The URL as the browser parsed it (normalised, percent-encoded). */
  href: string;
  /** Where the link really goes, shown next to its text: the host, or the address of a mailto link. */
  host: string;
}

const LINK_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);
const IMAGE_PROTOCOLS = new Set(['http:', 'https:']);

/**
 * Parses an absolute URL with one of `protocols`; anything else (relative, `javascript:`, `data:`,
 * `vbscript:`, unparsable) is null. `new URL` without a base rejects relative URLs, and it strips
 * the tabs and newlines a browser would also strip, so the scheme checked is the scheme used.
 */
function parseWith(raw: string, protocols: ReadonlySet<string>): URL | null {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return null;
  }
  return protocols.has(url.protocol) ? url : null;
}

/** A link destination if it is http:, https: or mailto:; null for anything else. */
export function safeLink(raw: string): SafeLink | null {
  const url = parseWith(raw, LINK_PROTOCOLS);
  if (!url) return null;
  if (url.protocol === 'mailto:') {
    const address = safeDecode(url.pathname);
    return address ? { href: url.href, host: address } : null;
  }
  // The URL parser has already turned an internationalised host into punycode, so a look-alike
  // host shows as what it is; credentials (`https://bank.example@evil.example`) are not the host.
  return url.hostname ? { href: url.href, host: url.host } : null;
}

/** An image's URL, if it is http(s): the reply shows it as a link to open, never as an image to load. */
export function safeImageUrl(raw: string): string | null {
  return parseWith(raw, IMAGE_PROTOCOLS)?.href ?? null;
}

/**
 * True when a link's visible text already tells where it goes (an autolink, or text that is the
 * URL or its host), so repeating the destination would add nothing.
 */
export function textShowsDestination(text: string, link: SafeLink, raw: string): boolean {
  const shown = text.trim().toLowerCase();
  if (!shown) return false;
  const href = link.href.toLowerCase();
  const candidates = [raw.trim().toLowerCase(), href, href.replace(/\/$/, ''), link.host.toLowerCase()];
  const withoutScheme = href.replace(/^(?:https?:\/\/|mailto:)/, '');
  candidates.push(withoutScheme, withoutScheme.replace(/\/$/, ''));
  return candidates.includes(shown);
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
