import { joinHyphenatedWords, parseSearch } from './search-query.parser';

describe('parseSearch', () => {
  it('separates operators from the words to search', () => {
    expect(parseSearch('battery drain is:solved tag:ios community:Phones user:"Léa Martin" after:2026-01-01')).toEqual({
      text: 'battery drain',
      solved: true,
      tags: ['ios'],
      communities: ['phones'],
      users: ['Léa Martin'],
      before: null,
      after: new Date('2026-01-01T00:00:00Z'),
    });
  });

  it('keeps quotes, OR and exclusions for websearch_to_tsquery', () => {
    expect(parseSearch('"factory reset" OR restore -mac is:unsolved')).toMatchObject({ text: '"factory reset" OR restore -mac', solved: false });
  });

  it.each([['colour:red'], ['is:pending'], ['before:yesterday'], ['after:2026-13-45']])('searches %s as text instead of failing', (input) => {
    expect(parseSearch(input).text).toBe(input);
  });
});

describe('joinHyphenatedWords', () => {
  it('joins words around a hyphen but leaves exclusions alone', () => {
    expect(joinHyphenatedWords('Wi-Fi drops -router')).toBe('WiFi drops -router');
  });

  it('keeps hyphens inside quoted phrases', () => {
    expect(joinHyphenatedWords('"wi-fi drops" wi-fi')).toBe('"wi-fi drops" wifi');
  });
});
