import { findWatchedWords, normaliseWatchedWord, replaceMatches, tokenize } from './word-matcher';

const rules = (...words: string[]) => words.map((word) => ({ word: normaliseWatchedWord(word), value: word }));

describe('watched word matching', () => {
  it.each(['idiot', 'IDIOT', '1d10t', 'i.d.i.o.t', 'Ìdïöt', 'id!0t', '**idiot**', 'idiots', '(i-d-i-o-t)'])('catches %s', (text) => {
    expect(findWatchedWords(`you are an ${text} really`, rules('idiot')).map((m) => m.value)).toEqual(['idiot']);
  });

  it.each(['idiom', 'idiotic', 'I do not', 'i d i o t', 'vidiot'])('leaves %s alone', (text) => {
    expect(findWatchedWords(`this is ${text} here`, rules('idiot'))).toEqual([]);
  });

  it('finds phrases across words and gives positions in the original text', () => {
    const text = 'Great deal: BUY  N0W at once';
    const [match] = findWatchedWords(text, rules('buy now'));
    expect(text.slice(match.start, match.end)).toBe('BUY  N0W');
  });

  it('replaces only the letters, keeping punctuation and markdown around them', () => {
    const text = 'Stop it, **m0r0n**. Really, moron!';
    const matches = findWatchedWords(text, rules('moron'));
    expect(replaceMatches(text, matches, () => '[…]')).toBe('Stop it, **[…]**. Really, […]!');
  });

  it('normalises the watched word the same way as the text', () => {
    expect(normaliseWatchedWord('  Crétin ')).toBe('cretin');
    expect(tokenize('Ça va 100%').map((t) => t.letters)).toEqual(['ca', 'va', 'ioo']);
  });
});
