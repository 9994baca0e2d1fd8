import { isRole, ROLES } from './role';

describe('isRole', () => {
  it('accepts every role of the domain', () => {
    for (const role of ROLES) expect(isRole(role)).toBe(true);
  });

  it('rejects unknown strings and non-strings', () => {
    expect(isRole('admin')).toBe(false);
    expect(isRole('Coordination')).toBe(false);
    expect(isRole(undefined)).toBe(false);
    expect(isRole(1)).toBe(false);
  });
});
