import { translations } from '@gw/web/shared/i18n';

/** The working groups (Arbeitsgruppen) of an initiative. */
export const workingGroups = translations({
  de: {
    'workingGroups.title': 'Arbeitsgruppen',
    'workingGroups.intro':
      'Wer in welcher Arbeitsgruppe an den Maßnahmen des Aktionsplans arbeitet, und mit welchen Akteuren.',
    'workingGroups.add': 'Arbeitsgruppe anlegen',
    'workingGroups.readOnly': 'Nur die Koordinationsstelle kann Arbeitsgruppen anlegen und ändern.',
    'workingGroups.list.label': 'Arbeitsgruppen der Initiative',
    'workingGroups.loading': 'Arbeitsgruppen werden geladen',
    'workingGroups.field.name': 'Name',
    'workingGroups.field.mandate': 'Auftrag',
    'workingGroups.field.mandateHint': 'Wofür ist die Gruppe da, was soll sie erreichen?',
    'workingGroups.field.lead': 'Leitung',
    'workingGroups.field.leadHint':
      'Die Leitung gehört zur Gruppe, auch ohne Auswahl als Mitglied.',
    'workingGroups.field.members': 'Mitglieder',
    'workingGroups.field.membersHint':
      'Mitglieder der Initiative; sie pflegen die Maßnahmen der Gruppe.',
    'workingGroups.field.actors': 'Beteiligte Akteure',
    'workingGroups.field.actorsHint': 'Aus der Akteurstabelle.',
    'workingGroups.field.measures': 'Maßnahmen',
    'workingGroups.nobody': 'Niemand',
    'workingGroups.noLead': 'Keine Leitung festgelegt',
    'workingGroups.noMembers': 'Noch keine Mitglieder',
    'workingGroups.noActors': 'Noch keine Akteure',
    'workingGroups.noMandate': 'Noch kein Auftrag formuliert.',
    'workingGroups.noChoices': 'Noch keine Einträge zur Auswahl.',
    'workingGroups.measures.none': 'Noch keine Maßnahme',
    'workingGroups.measures.one': '1 Maßnahme',
    'workingGroups.measures.many': '{count} Maßnahmen',
    'workingGroups.measures.show': '{measures} von „{name}“ im Aktionsplan ansehen',
    'workingGroups.mine': 'Ihre Gruppe',
    'workingGroups.edit': '„{name}“ bearbeiten',
    'workingGroups.delete': '„{name}“ löschen',
    'workingGroups.dialog.create': 'Arbeitsgruppe anlegen',
    'workingGroups.dialog.edit': 'Arbeitsgruppe bearbeiten',
    'workingGroups.created': 'Die Arbeitsgruppe „{name}“ wurde angelegt.',
    'workingGroups.saved': 'Die Arbeitsgruppe wurde gespeichert.',
    'workingGroups.deleted': 'Die Arbeitsgruppe „{name}“ wurde gelöscht.',
    'workingGroups.delete.title': 'Arbeitsgruppe löschen?',
    'workingGroups.delete.text':
      '„{name}“ wird gelöscht. Ihre Maßnahmen ({count}) bleiben im Aktionsplan, dann ohne Arbeitsgruppe.',
    'workingGroups.stale':
      'Jemand anderes hat diese Arbeitsgruppe inzwischen geändert. Laden Sie die aktuelle Fassung neu; Ihre Änderungen gehen dabei verloren.',
    'workingGroups.empty.title': 'Noch keine Arbeitsgruppen',
    'workingGroups.empty.text':
      'Richten Sie Arbeitsgruppen ein. Sie setzen die Maßnahmen des Aktionsplans gemeinsam mit den beteiligten Akteuren um.',
    'workingGroups.empty.readOnlyText':
      'Die Koordinationsstelle hat noch keine Arbeitsgruppen eingerichtet.',
  },
  en: {
    'workingGroups.title': 'Working groups',
    'workingGroups.intro':
      'Who works on the measures of the action plan in which working group, and with which actors.',
    'workingGroups.add': 'Add working group',
    'workingGroups.readOnly': 'Only the coordination office can add and change working groups.',
    'workingGroups.list.label': 'Working groups of the initiative',
    'workingGroups.loading': 'Loading working groups',
    'workingGroups.field.name': 'Name',
    'workingGroups.field.mandate': 'Mandate',
    'workingGroups.field.mandateHint': 'What is the group for, what should it achieve?',
    'workingGroups.field.lead': 'Lead',
    'workingGroups.field.leadHint':
      'The lead belongs to the group even when not chosen as a member.',
    'workingGroups.field.members': 'Members',
    'workingGroups.field.membersHint':
      "Members of the initiative; they keep the group's measures up to date.",
    'workingGroups.field.actors': 'Participating actors',
    'workingGroups.field.actorsHint': 'From the actor table.',
    'workingGroups.field.measures': 'Measures',
    'workingGroups.nobody': 'Nobody',
    'workingGroups.noLead': 'No lead chosen',
    'workingGroups.noMembers': 'No members yet',
    'workingGroups.noActors': 'No actors yet',
    'workingGroups.noMandate': 'No mandate written yet.',
    'workingGroups.noChoices': 'Nothing to choose from yet.',
    'workingGroups.measures.none': 'No measure yet',
    'workingGroups.measures.one': '1 measure',
    'workingGroups.measures.many': '{count} measures',
    'workingGroups.measures.show': '{measures} of “{name}”, in the action plan',
    'workingGroups.mine': 'Your group',
    'workingGroups.edit': 'Edit “{name}”',
    'workingGroups.delete': 'Delete “{name}”',
    'workingGroups.dialog.create': 'Add working group',
    'workingGroups.dialog.edit': 'Edit working group',
    'workingGroups.created': 'The working group “{name}” was added.',
    'workingGroups.saved': 'The working group was saved.',
    'workingGroups.deleted': 'The working group “{name}” was deleted.',
    'workingGroups.delete.title': 'Delete working group?',
    'workingGroups.delete.text':
      '“{name}” will be deleted. Its measures ({count}) stay in the action plan, without a working group.',
    'workingGroups.stale':
      'Someone else has changed this working group in the meantime. Load the current version; your changes will be lost.',
    'workingGroups.empty.title': 'No working groups yet',
    'workingGroups.empty.text':
      'Set up working groups. Together with the participating actors they carry out the measures of the action plan.',
    'workingGroups.empty.readOnlyText':
      'The coordination office has not set up any working groups yet.',
  },
});

declare module '@gw/web/shared/i18n' {
  interface FeatureDictionaries {
    workingGroups: typeof workingGroups;
  }
}
