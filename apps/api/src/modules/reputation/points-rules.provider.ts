import { parsePointsRules, PointsRules } from '@agora/shared';

export const POINTS_RULES = Symbol('POINTS_RULES');

export const pointsRulesProvider = {
  provide: POINTS_RULES,
  useFactory: (): PointsRules => parsePointsRules(process.env.POINTS_RULES),
};
