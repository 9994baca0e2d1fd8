import { INITIATIVE_LIMITS } from '@gw/shared/contracts';
import { createInitiativeForm, toInitiativeRequest } from './initiative-form';

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
});
