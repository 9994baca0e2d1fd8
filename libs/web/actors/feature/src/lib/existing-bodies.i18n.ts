import { translations } from '@gw/web/shared/i18n';

/** The existing bodies (Gremien, Arbeitskreise, Kooperationsvereinbarungen) of the region. */
export const existingBodies = translations({
  de: {
    'bodies.title': 'Bestehende Gremien',
    'bodies.intro':
      'Gremien, Arbeitskreise und Kooperationsvereinbarungen, die es vor Ort schon gibt, und welche Akteure daran beteiligt sind.',
    'bodies.readOnly': 'Nur die Koordinationsstelle kann diese Übersicht bearbeiten.',
    'bodies.add': 'Eintrag hinzufügen',
    'bodies.name': 'Name',
    'bodies.type': 'Art',
    'bodies.members': 'Beteiligte Akteure',
    'bodies.membersHint': 'Aus der Akteurstabelle',
    'bodies.notes': 'Notizen',
    'bodies.noMembers': 'Noch keine Akteure zugeordnet.',
    'bodies.noActors': 'Die Akteurstabelle ist noch leer: Tragen Sie zuerst Akteure ein.',
    'bodies.empty.title': 'Noch keine Gremien erfasst',
    'bodies.empty.text':
      'Erfassen Sie, welche Gremien, Arbeitskreise und Kooperationsvereinbarungen es schon gibt. So wird sichtbar, wo die Initiative anknüpfen kann.',
    'bodies.empty.readOnlyText': 'Die Koordinationsstelle hat noch keine Gremien erfasst.',
    'bodies.dialog.create': 'Eintrag hinzufügen',
    'bodies.dialog.edit': 'Eintrag bearbeiten',
    'bodies.edit': '{name} bearbeiten',
    'bodies.delete': '{name} löschen',
    'bodies.created': '{name} wurde hinzugefügt.',
    'bodies.saved': 'Die Änderungen wurden gespeichert.',
    'bodies.deleted': '{name} wurde gelöscht.',
    'bodies.delete.title': 'Eintrag löschen?',
    'bodies.delete.text': '{name} wird aus der Übersicht der bestehenden Gremien entfernt.',
    'bodies.stale':
      'Jemand anderes hat diesen Eintrag inzwischen geändert. Laden Sie die aktuelle Fassung neu; Ihre Änderungen gehen dabei verloren.',
  },
  en: {
    'bodies.title': 'Existing bodies',
    'bodies.intro':
      'Committees, working circles and cooperation agreements that already exist locally, and which actors take part in them.',
    'bodies.readOnly': 'Only the coordination office can edit this overview.',
    'bodies.add': 'Add entry',
    'bodies.name': 'Name',
    'bodies.type': 'Kind',
    'bodies.members': 'Participating actors',
    'bodies.membersHint': 'From the actor table',
    'bodies.notes': 'Notes',
    'bodies.noMembers': 'No actors assigned yet.',
    'bodies.noActors': 'The actor table is still empty: enter actors first.',
    'bodies.empty.title': 'No bodies recorded yet',
    'bodies.empty.text':
      'Record which committees, working circles and cooperation agreements already exist. This shows where the initiative can build on.',
    'bodies.empty.readOnlyText': 'The coordination office has not recorded any bodies yet.',
    'bodies.dialog.create': 'Add entry',
    'bodies.dialog.edit': 'Edit entry',
    'bodies.edit': 'Edit {name}',
    'bodies.delete': 'Delete {name}',
    'bodies.created': '{name} has been added.',
    'bodies.saved': 'Your changes have been saved.',
    'bodies.deleted': '{name} has been deleted.',
    'bodies.delete.title': 'Delete entry?',
    'bodies.delete.text': '{name} will be removed from the overview of existing bodies.',
    'bodies.stale':
      'Someone else has changed this entry in the meantime. Reload the current version; your changes will be lost.',
  },
});

declare module '@gw/web/shared/i18n' {
  interface FeatureDictionaries {
    existingBodies: typeof existingBodies;
  }
}
