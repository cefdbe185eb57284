/** Digits and signs people put in place of letters to slip a word past a filter. */
const LEET: Readonly<Record<string, string>> = {
  '1': 'i',
  '!': 'i',
  '|': 'i',
  '0': 'o',
  '3': 'e',
  '4': 'a',
  '@': 'a',
  '5': 's',
  $: 's',
  '7': 't',
  '8': 'b',
};

interface Token {
  /** Lower case, no accents, obfuscation undone, letters only. */
  letters: string;
  /** Where the first and after the last contributing character sit in the original text. */
  start: number;
  end: number;
}

interface Piece {
  letters: string;
  start: number;
  end: number;
  /** `!` and `|` stand for an i inside a word, but end sentences far more often. */
  weak: boolean;
}

/** One character as a plain letter (`É` -> `e`, `1` -> `i`), or '' when it is not part of a word. */
function plainLetter(char: string): string {
  const base = char.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  if (/^\p{L}+$/u.test(base)) return base;
  return LEET[char] ?? '';
}

function toToken(pieces: Piece[]): Token | null {
  let last = pieces.length;
  while (last > 0 && pieces[last - 1].weak) last--;
  if (last === 0) return null;
  const kept = pieces.slice(0, last);
  return {
    letters: kept.map((p) => p.letters).join(''),
    start: kept[0].start,
    end: kept[last - 1].end,
  };
}

/**
 * Splits text into whitespace-separated tokens and reduces each to its letters, so `1d10t`,
 * `i.d.i.o.t` and `ÌDIOT` all read `idiot`, remembering where each token's letters were.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let pieces: Piece[] = [];
  const flush = () => {
    const token = pieces.length ? toToken(pieces) : null;
    if (token) tokens.push(token);
    pieces = [];
  };
  for (let index = 0; index < text.length; ) {
    const char = String.fromCodePoint(text.codePointAt(index) as number);
    if (/\s/u.test(char)) {
      flush();
    } else {
      const letters = plainLetter(char);
      if (letters)
        pieces.push({
          letters,
          start: index,
          end: index + char.length,
          weak: char === '!' || char === '|',
        });
    }
    index += char.length;
  }
  flush();
  return tokens;
}

/** A watched word or phrase as the matcher compares it: its tokens' letters. */
export function normaliseWatchedWord(word: string): string {
  return tokenize(word)
    .map((token) => token.letters)
    .join(' ');
}

export interface WordRule<T> {
  /** As normaliseWatchedWord gives it. */
  word: string;
  value: T;
}

export interface WordMatch<T> {
  value: T;
  start: number;
  end: number;
}

/** A token matches a word as it is or with a plural ending (`idiots`). */
function tokenMatches(token: string, word: string): boolean {
  return token === word || token === `${word}s` || token === `${word}es`;
}

/** Every place where a rule's word (or phrase) appears in the text, in order, never overlapping. */
export function findWatchedWords<T>(text: string, rules: readonly WordRule<T>[]): WordMatch<T>[] {
  const tokens = tokenize(text);
  const phrases = rules.map((rule) => ({ rule, words: rule.word.split(' ').filter(Boolean) })).filter((p) => p.words.length > 0);
  const matches: WordMatch<T>[] = [];
  for (let index = 0; index < tokens.length; index++) {
    const found = phrases.find(({ words }) =>
      words.every((word, offset) => index + offset < tokens.length && tokenMatches(tokens[index + offset].letters, word)),
    );
    if (!found) continue;
    const last = tokens[index + found.words.length - 1];
    matches.push({
      value: found.rule.value,
      start: tokens[index].start,
      end: last.end,
    });
    index += found.words.length - 1;
  }
  return matches;
}

/** The text with each match replaced by what `replacementOf` gives for it. */
export function replaceMatches<T>(text: string, matches: readonly WordMatch<T>[], replacementOf: (value: T) => string): string {
  let result = '';
  let from = 0;
  for (const match of matches) {
    result += text.slice(from, match.start) + replacementOf(match.value);
    from = match.end;
  }
  return result + text.slice(from);
}
