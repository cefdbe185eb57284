import { levelFor } from './levels';
import { isStaff, Role } from './roles';

/** What members unlock as they level up; staff may do all of it. */
export enum Privilege {
  REPORT_POSTS = 'REPORT_POSTS',
  RETAG_OTHERS_QUESTIONS = 'RETAG_OTHERS_QUESTIONS',
  WRITE_USER_TIPS = 'WRITE_USER_TIPS',
}

export const PRIVILEGE_LEVELS: Readonly<Record<Privilege, number>> = Object.freeze({
  [Privilege.REPORT_POSTS]: 2,
  [Privilege.RETAG_OTHERS_QUESTIONS]: 3,
  [Privilege.WRITE_USER_TIPS]: 5,
});

export interface PrivilegeHolder {
  role: Role;
  reputation: number;
}

/** The one place that decides whether a member's level allows an action. */
export function can(user: PrivilegeHolder, privilege: Privilege): boolean {
  return isStaff(user.role) || levelFor(user.reputation) >= PRIVILEGE_LEVELS[privilege];
}
