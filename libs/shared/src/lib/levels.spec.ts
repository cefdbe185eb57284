import { levelFor, nextLevelAt } from './levels';

describe('levels', () => {
  it.each([
    [0, 1],
    [149, 1],
    [150, 2],
    [499, 2],
    [500, 3],
    [4_000, 5],
    [79_999, 9],
    [80_000, 10],
    [1_000_000, 10],
  ])('puts %i points at level %i', (points, level) => {
    expect(levelFor(points)).toBe(level);
  });

  it('names the threshold of the next level, and none at level 10', () => {
    expect(nextLevelAt(0)).toBe(150);
    expect(nextLevelAt(150)).toBe(500);
    expect(nextLevelAt(80_000)).toBeNull();
  });
});
