import { MAX_MENTIONS_PER_POST, mentionedNames } from './mentions';

describe('mentionedNames', () => {
  it('finds quoted names with spaces and bare names, lower-cased and once each', () => {
    expect(mentionedNames('Thanks @"Ada Lovelace" and @grace, also @Grace.')).toEqual(['ada lovelace', 'grace']);
  });

  it('ignores e-mail addresses and code', () => {
    expect(mentionedNames('Mail me at me@example.com or run `npm i @nestjs/core`\n```\n@decorator\n```')).toEqual([]);
  });

  it('keeps at most the limit', () => {
    const many = Array.from({ length: 15 }, (_, i) => `@user${i}`).join(' ');
    expect(mentionedNames(many)).toHaveLength(MAX_MENTIONS_PER_POST);
  });
});
