/** One role per user per initiative; meanings in shared/domain.md. */
export const ROLES = ['coordination', 'steering', 'working_group', 'partner', 'observer'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
