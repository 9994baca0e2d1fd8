import { measureEditRefusal } from './measure-rights';

const own = { workingGroupId: 'g1', memberOfGroup: true };

describe('measureEditRefusal', () => {
  it('lets coordination change every field of every measure', () => {
    expect(
      measureEditRefusal({
        role: 'coordination',
        fields: ['title', 'resources', 'dependencyIds'],
        workingGroupId: null,
        memberOfGroup: false,
      }),
    ).toBeNull();
  });

  it('lets a working-group member change status, progress, milestones and notes of their own measures', () => {
    expect(
      measureEditRefusal({
        role: 'working_group',
        fields: ['status', 'progress', 'milestones', 'notes'],
        ...own,
      }),
    ).toBeNull();
  });

  it('refuses a working-group member any other field, naming it and what is allowed', () => {
    const refusal = measureEditRefusal({
      role: 'working_group',
      fields: ['progress', 'title', 'endDate'],
      ...own,
    });
    expect(refusal).toContain('only status, progress, milestones, notes');
    expect(refusal).toContain('not title, endDate');
  });

  it("refuses a working-group member another group's measure and a measure without group", () => {
    expect(
      measureEditRefusal({
        role: 'working_group',
        fields: ['status'],
        workingGroupId: 'g2',
        memberOfGroup: false,
      }),
    ).toContain('not a member');
    expect(
      measureEditRefusal({
        role: 'working_group',
        fields: ['status'],
        workingGroupId: null,
        memberOfGroup: false,
      }),
    ).toContain('no working group');
  });

  it.each(['steering', 'partner', 'observer'] as const)('refuses %s', (role) => {
    expect(measureEditRefusal({ role, fields: ['status'], ...own })).toEqual(expect.any(String));
  });
});
