import { INITIATIVE_LIMITS } from '@gw/shared/contracts';
import { createInitiativeForm, toInitiativeRequest, toInitiativeUpdate } from './initiative-form';

describe('initiative form', () => {
  it('asks for at least one target group, from the list or as free text', () => {
    const form = createInitiativeForm();
    form.patchValue({ name: 'Jugendpakt', region: { municipality: 'Lindenfeld' } });
    expect(form.hasError('targetGroupRequired')).toBe(true);

    form.controls.customTargetGroups.setValue(['Schulabbrecher']);
    expect(form.valid).toBe(true);

    form.controls.customTargetGroups.setValue([]);
    form.controls.targetGroups.controls.seniors.setValue(true);
    expect(form.valid).toBe(true);
  });

  it('applies the API limits to names and chip lists', () => {
    const form = createInitiativeForm();
    form.controls.name.setValue('x'.repeat(INITIATIVE_LIMITS.name + 1));
    expect(form.controls.name.hasError('maxlength')).toBe(true);
    form.controls.region.controls.districts.setValue(['x'.repeat(INITIATIVE_LIMITS.district + 1)]);
    expect(form.controls.region.controls.districts.hasError('itemMaxLength')).toBe(true);
  });

  it('sends trimmed values, the chosen groups in order and no empty owner', () => {
    const form = createInitiativeForm();
    form.patchValue({
      name: '  Jugendpakt Lindenfeld ',
      targetGroups: { families: true, young_people: true },
      region: { municipality: ' Lindenfeld ', districts: ['Altstadt'] },
      owner: '   ',
    });
    expect(toInitiativeRequest(form)).toEqual({
      name: 'Jugendpakt Lindenfeld',
      description: '',
      targetGroups: ['young_people', 'families'],
      customTargetGroups: [],
      region: { municipality: 'Lindenfeld', districts: ['Altstadt'] },
      owner: null,
    });
  });

  it('takes a whole number of cases from 1 to 100 as the threshold for publications', () => {
    const threshold = createInitiativeForm().controls.suppressionThreshold;
    expect(threshold.value).toBe(5);
    for (const valid of [1, 10, 100]) {
      threshold.setValue(valid);
      expect(threshold.valid).toBe(true);
    }
    for (const invalid of [0, 101, 2.5, null]) {
      threshold.setValue(invalid);
      expect(threshold.valid).toBe(false);
    }
  });

  it('sends the threshold when an initiative is edited, not when one is created', () => {
    const form = createInitiativeForm();
    form.patchValue({
      name: 'Jugendpakt',
      targetGroups: { families: true },
      region: { municipality: 'Lindenfeld' },
      suppressionThreshold: 10,
    });
    expect(toInitiativeRequest(form)).not.toHaveProperty('suppressionThreshold');
    expect(toInitiativeUpdate(form)).toEqual({
      ...toInitiativeRequest(form),
      suppressionThreshold: 10,
    });
  });
});
