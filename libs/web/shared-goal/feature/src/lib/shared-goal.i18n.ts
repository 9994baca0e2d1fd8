import { translations } from '@gw/web/shared/i18n';

/** The shared goal (gemeinsame Zielsetzung): vision and goals. */
export const sharedGoal = translations({
  de: {
    'goal.title': 'Gemeinsame Zielsetzung',
    'goal.intro':
      'Wofür die Initiative steht und welche Ziele alle Beteiligten gemeinsam verfolgen.',
    'goal.readOnly': 'Nur die Koordinationsstelle kann die Zielsetzung bearbeiten.',
    'goal.vision': 'Vision',
    'goal.visionHint': 'Wohin wollen Sie gemeinsam? In ein, zwei Sätzen.',
    'goal.noVision': 'Noch keine Vision formuliert.',
    'goal.goals': 'Ziele',
    'goal.goalsIntro': 'In der Reihenfolge ihrer Bedeutung.',
    'goal.noGoals': 'Noch keine Ziele.',
    'goal.empty.title': 'Noch keine Zielsetzung',
    'goal.empty.text':
      'Formulieren Sie eine Vision und die Ziele, auf die sich alle Beteiligten einigen. Sie sind die Grundlage der Kooperationsvereinbarung.',
    'goal.empty.readOnlyText':
      'Die Koordinationsstelle hat die gemeinsame Zielsetzung noch nicht formuliert.',
    'goal.start': 'Zielsetzung formulieren',
    'goal.edit.title': 'Zielsetzung bearbeiten',
    'goal.goal.number': 'Ziel {n}',
    'goal.goal.title': 'Ziel',
    'goal.goal.description': 'Erläuterung',
    'goal.add': 'Ziel hinzufügen',
    'goal.moveUp': 'Ziel {n} nach oben',
    'goal.moveDown': 'Ziel {n} nach unten',
    'goal.remove': 'Ziel {n} entfernen',
    'goal.drag': 'Ziel {n} ziehen, um es zu verschieben',
    'goal.moved': 'Ziel verschoben, jetzt an Stelle {n} von {total}.',
    'goal.remove.title': 'Ziel entfernen?',
    'goal.remove.text': '„{title}“ wird beim Speichern aus der Zielsetzung entfernt.',
    'goal.remove.untitled': 'Dieses Ziel',
    'goal.maxGoals': 'Höchstens {max} Ziele.',
    'goal.saved': 'Die Zielsetzung wurde gespeichert.',
    'goal.updatedAt': 'Zuletzt geändert am {date}',
    'goal.stale':
      'Jemand anderes hat die Zielsetzung inzwischen geändert. Laden Sie die aktuelle Fassung neu; Ihre Änderungen gehen dabei verloren.',
  },
  en: {
    'goal.title': 'Shared goal',
    'goal.intro':
      'What the initiative stands for and which goals everyone involved pursues together.',
    'goal.readOnly': 'Only the coordination office can edit the shared goal.',
    'goal.vision': 'Vision',
    'goal.visionHint': 'Where do you want to go together? In one or two sentences.',
    'goal.noVision': 'No vision written yet.',
    'goal.goals': 'Goals',
    'goal.goalsIntro': 'In order of importance.',
    'goal.noGoals': 'No goals yet.',
    'goal.empty.title': 'No shared goal yet',
    'goal.empty.text':
      'Write a vision and the goals everyone involved agrees on. They are the basis of the cooperation agreement.',
    'goal.empty.readOnlyText': 'The coordination office has not written the shared goal yet.',
    'goal.start': 'Write the shared goal',
    'goal.edit.title': 'Edit shared goal',
    'goal.goal.number': 'Goal {n}',
    'goal.goal.title': 'Goal',
    'goal.goal.description': 'Explanation',
    'goal.add': 'Add goal',
    'goal.moveUp': 'Move goal {n} up',
    'goal.moveDown': 'Move goal {n} down',
    'goal.remove': 'Remove goal {n}',
    'goal.drag': 'Drag goal {n} to move it',
    'goal.moved': 'Goal moved, now at position {n} of {total}.',
    'goal.remove.title': 'Remove goal?',
    'goal.remove.text': '“{title}” will be removed from the shared goal when you save.',
    'goal.remove.untitled': 'This goal',
    'goal.maxGoals': 'At most {max} goals.',
    'goal.saved': 'The shared goal has been saved.',
    'goal.updatedAt': 'Last changed on {date}',
    'goal.stale':
      'Someone else has changed the shared goal in the meantime. Reload the current version; your changes will be lost.',
  },
});

declare module '@gw/web/shared/i18n' {
  interface FeatureDictionaries {
    sharedGoal: typeof sharedGoal;
  }
}
