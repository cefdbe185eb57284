/** Minimum reputation for each level, index 0 = level 1 (the thresholds Apple's community uses). */
export const LEVEL_THRESHOLDS: readonly number[] = [0, 150, 500, 1_000, 4_000, 8_000, 20_000, 35_000, 50_000, 80_000];

export const MAX_LEVEL = LEVEL_THRESHOLDS.length;

export function levelFor(reputation: number): number {
  let level = 1;
  for (let i = 1; i < LEVEL_THRESHOLDS.length; i++) {
    if (reputation >= LEVEL_THRESHOLDS[i]) level = i + 1;
  }
  return level;
}

/** The reputation at which the next level starts, or null at the top level. */
export function nextLevelAt(reputation: number): number | null {
  const level = levelFor(reputation);
  return level >= MAX_LEVEL ? null : LEVEL_THRESHOLDS[level];
}

export function pointsToNextLevel(reputation: number): number | null {
  const next = nextLevelAt(reputation);
  return next === null ? null : next - reputation;
}
