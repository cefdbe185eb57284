import { can, Privilege } from './privileges';
import { Role } from './roles';
import { parsePointsRules, DEFAULT_POINTS_RULES } from './points';

describe('can', () => {
  it.each([
    [Privilege.REPORT_POSTS, 149, false],
    [Privilege.REPORT_POSTS, 150, true],
    [Privilege.RETAG_OTHERS_QUESTIONS, 499, false],
    [Privilege.RETAG_OTHERS_QUESTIONS, 500, true],
    [Privilege.WRITE_USER_TIPS, 3_999, false],
    [Privilege.WRITE_USER_TIPS, 4_000, true],
  ])('lets a member do %s at %i points: %s', (privilege, reputation, allowed) => {
    expect(can({ role: Role.MEMBER, reputation }, privilege)).toBe(allowed);
  });

  it('lets staff do everything from the first day', () => {
    for (const privilege of Object.values(Privilege)) {
      expect(can({ role: Role.MODERATOR, reputation: 0 }, privilege)).toBe(true);
    }
  });
});

describe('parsePointsRules', () => {
  it('keeps the defaults when nothing is configured', () => {
    expect(parsePointsRules(undefined)).toEqual(DEFAULT_POINTS_RULES);
  });

  it('overrides the named rules only', () => {
    expect(parsePointsRules('{"answerAccepted": 20}')).toEqual({ ...DEFAULT_POINTS_RULES, answerAccepted: 20 });
  });

  it.each([['{"answerAcepted": 20}'], ['{"answerAccepted": 1.5}'], ['[1]']])('refuses %s', (json) => {
    expect(() => parsePointsRules(json)).toThrow(/POINTS_RULES/);
  });
});
