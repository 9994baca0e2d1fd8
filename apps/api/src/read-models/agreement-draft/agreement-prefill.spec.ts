import { AGREEMENT_SECTION_KEYS } from '@gw/shared/contracts';
import { type AgreementFacts, draftAgreement } from './agreement-prefill';

const facts: AgreementFacts = {
  initiative: {
    name: 'Jugendpakt Auenstadt',
    description: 'Niemand geht verloren.',
    municipality: 'Auenstadt',
    districts: ['Altstadt'],
    targetGroups: ['young_people'],
    customTargetGroups: ['Schulabbrecher'],
    owner: 'Dr. Petra Lindner',
  },
  vision: 'Jeder junge Mensch findet seinen Weg.',
  goals: [{ title: 'Übergänge sichern', description: 'Kein Abschluss ohne Anschluss' }],
  partners: [
    {
      name: 'Jobcenter',
      area: 'work_economy',
      kind: 'administration',
      contributions: 'Beratung',
      resources: '',
    },
  ],
  steering: ['Stefan Wolf'],
  coordination: ['Miriam Hoffmann'],
  bodies: [{ name: 'AK Übergang', type: 'working_circle' }],
};

describe('draftAgreement', () => {
  const content = draftAgreement(facts);
  const body = (key: string) => content.sections.find((s) => s.key === key)!.body;

  it('has every section, in order, with its German title', () => {
    expect(content.sections.map((s) => s.key)).toEqual([...AGREEMENT_SECTION_KEYS]);
    expect(content.sections[2]!.title).toBe('Partner');
  });

  it('fills in what the initiative knows', () => {
    expect(body('preamble')).toContain('„Jugendpakt Auenstadt“');
    expect(body('preamble')).toContain('Junge Menschen, Schulabbrecher');
    expect(body('shared_goal')).toContain('Jeder junge Mensch findet seinen Weg.');
    expect(body('shared_goal')).toContain('1. **Übergänge sichern**');
    expect(body('partners')).toContain('**Jobcenter** (Arbeit und Wirtschaft, Verwaltung)');
    expect(body('bodies_and_roles')).toContain('- Stefan Wolf');
    expect(body('bodies_and_roles')).toContain('- Miriam Hoffmann');
    expect(body('bodies_and_roles')).toContain('AK Übergang (Arbeitskreis)');
    expect(body('contributions')).toContain('**Jobcenter:** Beratung');
  });

  it('says what is still missing instead of leaving sections empty', () => {
    const empty = draftAgreement({
      ...facts,
      vision: '',
      goals: [],
      partners: [],
      steering: [],
      bodies: [],
    });
    expect(empty.sections.every((s) => s.body.trim().length > 0)).toBe(true);
    expect(empty.sections.find((s) => s.key === 'partners')!.body).toContain('noch keine Partner');
  });

  it('leaves no HTML or script link from the facts in the draft', () => {
    const partner = facts.partners[0]!;
    const draft = draftAgreement({
      ...facts,
      partners: [{ ...partner, contributions: '[Beratung](javascript:alert(1)) <b>x</b>' }],
    });
    expect(draft.sections.find((s) => s.key === 'contributions')!.body).toContain(
      '**Jobcenter:** Beratung x',
    );
  });
});
