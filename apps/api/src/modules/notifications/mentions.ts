/** At most this many people are notified from one post, so a pasted list cannot spam the community. */
export const MAX_MENTIONS_PER_POST = 10;

const QUOTED = /@"([^"\n]{2,40})"/gu;
const BARE = /(?<![\p{L}\p{N}_@])@([\p{L}\p{N}_][\p{L}\p{N}_.-]{1,39})/gu;

/**
 * Display names mentioned in Markdown, lower-cased: `@"Display Name"` for names with spaces,
 * `@DisplayName` otherwise. Code spans and blocks are skipped (they quote, not call).
 */
export function mentionedNames(markdown: string): string[] {
  const text = markdown.replace(/```[\s\S]*?```/g, ' ').replace(/`[^`\n]*`/g, ' ');
  const names = new Set<string>();
  for (const match of text.matchAll(QUOTED)) names.add(match[1].trim().toLowerCase());
  for (const match of text.replace(QUOTED, ' ').matchAll(BARE)) names.add(match[1].replace(/[.-]+$/, '').toLowerCase());
  return [...names].filter((name) => name.length >= 2).slice(0, MAX_MENTIONS_PER_POST);
}
