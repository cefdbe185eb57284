/** Markers ts_headline puts around matches; control characters never typed in a post. */
export const MATCH_START = '\u0002';
export const MATCH_END = '\u0003';
/**
 * Stand-ins for < and > while PostgreSQL marks matches: its parser reads "<...>" as an HTML tag and
 * would skip the words around it. SQL swaps them in with HEADLINE_SAFE(column).
 */
const LT = '\u0004';
const GT = '\u0005';
export const HEADLINE_SAFE = (column: string) => `translate(${column}, '<>', chr(4) || chr(5))`;

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes the text a member wrote, then turns the match markers into <mark> elements. */
export function toSafeHighlight(marked: string): string {
  return marked
    .replace(/[&<>"']/g, (c) => ESCAPES[c])
    .split(LT)
    .join('&lt;')
    .split(GT)
    .join('&gt;')
    .split(MATCH_START)
    .join('<mark>')
    .split(MATCH_END)
    .join('</mark>');
}
