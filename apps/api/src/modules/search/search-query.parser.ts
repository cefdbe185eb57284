/** A search as a person typed it, split into free text (for websearch_to_tsquery) and operators. */
export interface ParsedSearch {
  text: string;
  solved: boolean | null;
  tags: string[];
  communities: string[];
  users: string[];
  before: Date | null;
  after: Date | null;
}

const TOKEN = /(\w+):"([^"]*)"|(\w+):(\S+)|"[^"]*"|\S+/g;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Understands is:solved, is:unsolved, tag:, community:, user:"Display Name", before: and after:
 * (YYYY-MM-DD). Anything else, including an unknown operator or a malformed value, stays search text:
 * a search never fails because of how it was typed.
 */
export function parseSearch(input: string): ParsedSearch {
  const parsed: ParsedSearch = { text: '', solved: null, tags: [], communities: [], users: [], before: null, after: null };
  const text: string[] = [];
  for (const match of input.matchAll(TOKEN)) {
    const [token, quotedOperator, quotedValue, operator, value] = match;
    const name = (quotedOperator ?? operator)?.toLowerCase();
    const argument = quotedValue ?? value;
    if (!name || !applyOperator(parsed, name, argument)) text.push(token);
  }
  parsed.text = text.join(' ');
  return parsed;
}

function applyOperator(parsed: ParsedSearch, name: string, value: string): boolean {
  switch (name) {
    case 'is':
      if (value.toLowerCase() === 'solved') parsed.solved = true;
      else if (value.toLowerCase() === 'unsolved') parsed.solved = false;
      else return false;
      return true;
    case 'tag':
      parsed.tags.push(value.toLowerCase());
      return true;
    case 'community':
      parsed.communities.push(value.toLowerCase());
      return true;
    case 'user':
      parsed.users.push(value);
      return true;
    case 'before':
    case 'after': {
      const date = DATE.test(value) ? new Date(`${value}T00:00:00Z`) : null;
      if (!date || Number.isNaN(date.getTime())) return false;
      parsed[name] = date;
      return true;
    }
    default:
      return false;
  }
}

/**
 * "Wi-Fi" is indexed as "wifi" too; searching for the joined form finds both spellings. Quoted phrases
 * keep their hyphens, so "wi-fi drops" still matches the words in the order they were written.
 */
export function joinHyphenatedWords(text: string): string {
  return text
    .split(/("[^"]*")/)
    .map((part) => (part.startsWith('"') ? part : part.replace(/([\p{L}\p{N}])-(?=[\p{L}\p{N}])/gu, '$1')))
    .join('');
}
