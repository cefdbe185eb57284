export enum Role {
  MEMBER = 'MEMBER',
  MODERATOR = 'MODERATOR',
  ADMIN = 'ADMIN',
}

export const STAFF_ROLES: readonly Role[] = [Role.MODERATOR, Role.ADMIN];

export function isStaff(role: Role): boolean {
  return STAFF_ROLES.includes(role);
}
