/**
 * The names of a domain's values (`@gw/shared/contracts`, e.g. `ROLE_NAMES.de`) as texts under
 * `prefix`: `{ steering: 'Steuerungsgruppe' }` under `role` → `{ 'role.steering': … }`.
 */
export function keyedNames<Prefix extends string, Value extends string>(
  prefix: Prefix,
  names: Record<Value, string>,
): Record<`${Prefix}.${Value}`, string> {
  return Object.fromEntries(
    Object.entries(names).map(([value, name]) => [`${prefix}.${value}`, name]),
  ) as Record<`${Prefix}.${Value}`, string>;
}
