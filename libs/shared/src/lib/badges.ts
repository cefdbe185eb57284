export enum BadgeTier {
  BRONZE = 'BRONZE',
  SILVER = 'SILVER',
  GOLD = 'GOLD',
}

/** What a badge is earned for; the server evaluates these against a member's counters. */
export type BadgeRule =
  | { kind: 'questionsAsked'; atLeast: number }
  | { kind: 'answersPosted'; atLeast: number }
  | { kind: 'solutions'; atLeast: number }
  | { kind: 'helpfulMarksReceived'; atLeast: number }
  | { kind: 'helpfulMarksOnOneAnswer'; atLeast: number }
  | { kind: 'helpfulMarksOnOneTip'; atLeast: number }
  | { kind: 'level'; atLeast: number }
  | { kind: 'solutionsInOneCommunity'; atLeast: number }
  | { kind: 'staff' };

export interface BadgeDefinition {
  id: string;
  name: string;
  tier: BadgeTier;
  description: string;
  rule: BadgeRule;
}

const badge = (id: string, name: string, tier: BadgeTier, description: string, rule: BadgeRule): BadgeDefinition => ({
  id,
  name,
  tier,
  description,
  rule,
});

export const BADGES: readonly BadgeDefinition[] = [
  badge('FIRST_QUESTION', 'Curious', BadgeTier.BRONZE, 'Asked a first question.', { kind: 'questionsAsked', atLeast: 1 }),
  badge('FIRST_ANSWER', 'Helping Hand', BadgeTier.BRONZE, 'Posted a first answer.', { kind: 'answersPosted', atLeast: 1 }),
  badge('FIRST_SOLUTION', 'Problem Solver', BadgeTier.BRONZE, 'Had a first answer accepted as the solution.', { kind: 'solutions', atLeast: 1 }),
  badge('SOLUTIONS_10', 'Troubleshooter', BadgeTier.BRONZE, '10 answers accepted as solutions.', { kind: 'solutions', atLeast: 10 }),
  badge('SOLUTIONS_100', 'Fixer', BadgeTier.SILVER, '100 answers accepted as solutions.', { kind: 'solutions', atLeast: 100 }),
  badge('SOLUTIONS_500', 'Oracle', BadgeTier.GOLD, '500 answers accepted as solutions.', { kind: 'solutions', atLeast: 500 }),
  badge('HELPFUL_10', 'Appreciated', BadgeTier.BRONZE, 'Received 10 helpful marks.', { kind: 'helpfulMarksReceived', atLeast: 10 }),
  badge('HELPFUL_100', 'Valued', BadgeTier.SILVER, 'Received 100 helpful marks.', { kind: 'helpfulMarksReceived', atLeast: 100 }),
  badge('HELPFUL_1000', 'Pillar', BadgeTier.GOLD, 'Received 1,000 helpful marks.', { kind: 'helpfulMarksReceived', atLeast: 1000 }),
  badge('GREAT_ANSWER', 'Great Answer', BadgeTier.SILVER, 'One answer marked helpful 25 times.', { kind: 'helpfulMarksOnOneAnswer', atLeast: 25 }),
  badge('GREAT_TIP', 'Great Tip', BadgeTier.GOLD, 'One User Tip marked helpful 50 times.', { kind: 'helpfulMarksOnOneTip', atLeast: 50 }),
  badge('LEVEL_2', 'Level 2', BadgeTier.BRONZE, 'Reached level 2.', { kind: 'level', atLeast: 2 }),
  badge('LEVEL_5', 'Level 5', BadgeTier.SILVER, 'Reached level 5.', { kind: 'level', atLeast: 5 }),
  badge('LEVEL_8', 'Level 8', BadgeTier.GOLD, 'Reached level 8.', { kind: 'level', atLeast: 8 }),
  badge('LEVEL_10', 'Level 10', BadgeTier.GOLD, 'Reached the top level.', { kind: 'level', atLeast: 10 }),
  badge('COMMUNITY_EXPERT', 'Community Expert', BadgeTier.GOLD, '25 solutions in one community (earned once per community).', {
    kind: 'solutionsInOneCommunity',
    atLeast: 25,
  }),
  badge('COMMUNITY_SPECIALIST', 'Community Specialist', BadgeTier.SILVER, 'A member of the brand\'s staff.', { kind: 'staff' }),
];

export function badgeById(id: string): BadgeDefinition | undefined {
  return BADGES.find((definition) => definition.id === id);
}
