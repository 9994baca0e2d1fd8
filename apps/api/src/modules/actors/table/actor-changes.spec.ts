import { actorChanges, type ImportedFields } from './actor-changes';

const actor: ImportedFields = {
  name: 'AWO Kreisverband',
  area: 'social',
  kind: 'independent_provider',
  contacts: [{ name: 'Nicole Braun', function: 'Leitung', email: 'n.braun@awo.de', phone: '' }],
  existingCooperation: true,
  plannedCoreGroup: false,
  extendedForums: true,
  contributions: 'Jugendsozialarbeit',
  resources: '',
  website: 'https://awo.de',
  isPartner: true,
};

describe('actorChanges', () => {
  it('finds nothing when the row equals the actor, whatever the key order of the contacts', () => {
    const stored = {
      ...actor,
      contacts: [{ email: 'n.braun@awo.de', name: 'Nicole Braun', phone: '', function: 'Leitung' }],
    };
    expect(actorChanges(stored, actor)).toEqual({});
  });

  it('lists the changed fields, contacts as a whole', () => {
    const row = {
      ...actor,
      name: 'AWO',
      isPartner: false,
      contacts: [...actor.contacts, { name: 'Ali Kaya', function: '', email: '', phone: '' }],
    };
    expect(actorChanges(actor, row)).toEqual({
      name: 'AWO',
      isPartner: false,
      contacts: row.contacts,
    });
  });
});
