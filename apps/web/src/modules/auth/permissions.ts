import { can, isStaff, type Privilege, Role } from '@agora/shared';
import type { Role as ApiRole } from '../../generated/graphql';

interface Person {
  role: ApiRole;
  reputation: number;
}

/** The shared rules, for the role names the API sends (the same words as the shared Role enum). */
export function viewerCan(viewer: Person | null, privilege: Privilege): boolean {
  return viewer !== null && can({ role: Role[viewer.role], reputation: viewer.reputation }, privilege);
}

/** Moderators and administrators. */
export function isStaffRole(role: ApiRole): boolean {
  return isStaff(Role[role]);
}
