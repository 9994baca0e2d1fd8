import { translations } from '@gw/web/shared/i18n';

/** The members of an initiative, their roles, and the invitations the coordination sends. */
export const members = translations({
  de: {
    'members.title': 'Mitglieder',
    'members.intro': 'Wer in dieser Initiative mitwirkt, und in welcher Rolle.',
    'members.readOnly': 'Nur die Koordinationsstelle kann Mitglieder einladen und Rollen ändern.',
    'members.table.label': 'Mitglieder der Initiative',
    'members.table.person': 'Person',
    'members.table.role': 'Rolle',
    'members.table.actions': 'Aktionen',
    'members.you': 'Sie',
    'members.roleOf': 'Rolle von {name}',
    'members.removeMember': '{name} entfernen',
    'members.remove.title': 'Mitglied entfernen?',
    'members.remove.text': '{name} verliert den Zugang zu dieser Initiative.',
    'members.removed': '{name} wurde entfernt.',
    'members.roleChanged': '{name} hat jetzt die Rolle „{role}“.',
    'members.invite.title': 'Jemanden einladen',
    'members.invite.intro':
      'Die Person bekommt einen Link per E-Mail und kann ihn mit genau dieser Adresse annehmen.',
    'members.invite.email': 'E-Mail-Adresse',
    'members.invite.role': 'Rolle',
    'members.invite.submit': 'Einladung erstellen',
    'members.invite.created.title': 'Einladung erstellt',
    'members.invite.created.text':
      'Die Einladung an {email} gilt bis {date}. Falls keine E-Mail ankommt, schicken Sie diesen Link selbst:',
    'members.invite.link': 'Einladungslink',
    'members.invite.copyLink': 'Link kopieren',
    'members.invitations.title': 'Offene Einladungen',
    'members.invitations.empty': 'Keine offenen Einladungen.',
    'members.invitations.label': 'Offene Einladungen',
    'members.invitations.email': 'E-Mail-Adresse',
    'members.invitations.expiresAt': 'Gültig bis',
    'members.invitations.invitedBy': 'Eingeladen von',
    'members.invitations.withdraw': 'Zurückziehen',
    'members.invitations.withdrawFor': 'Einladung an {email} zurückziehen',
    'members.invitations.withdraw.title': 'Einladung zurückziehen?',
    'members.invitations.withdraw.text': 'Der Link für {email} funktioniert danach nicht mehr.',
    'members.invitations.withdrawn': 'Die Einladung wurde zurückgezogen.',
  },
  en: {
    'members.title': 'Members',
    'members.intro': 'Who takes part in this initiative, and in which role.',
    'members.readOnly': 'Only the coordination office can invite members and change roles.',
    'members.table.label': 'Members of the initiative',
    'members.table.person': 'Person',
    'members.table.role': 'Role',
    'members.table.actions': 'Actions',
    'members.you': 'You',
    'members.roleOf': 'Role of {name}',
    'members.removeMember': 'Remove {name}',
    'members.remove.title': 'Remove member?',
    'members.remove.text': '{name} will lose access to this initiative.',
    'members.removed': '{name} has been removed.',
    'members.roleChanged': '{name} now has the role “{role}”.',
    'members.invite.title': 'Invite someone',
    'members.invite.intro':
      'The person receives a link by e-mail and can accept it with exactly this address.',
    'members.invite.email': 'E-mail address',
    'members.invite.role': 'Role',
    'members.invite.submit': 'Create invitation',
    'members.invite.created.title': 'Invitation created',
    'members.invite.created.text':
      'The invitation to {email} is valid until {date}. If no e-mail arrives, send this link yourself:',
    'members.invite.link': 'Invitation link',
    'members.invite.copyLink': 'Copy link',
    'members.invitations.title': 'Pending invitations',
    'members.invitations.empty': 'No pending invitations.',
    'members.invitations.label': 'Pending invitations',
    'members.invitations.email': 'E-mail address',
    'members.invitations.expiresAt': 'Valid until',
    'members.invitations.invitedBy': 'Invited by',
    'members.invitations.withdraw': 'Withdraw',
    'members.invitations.withdrawFor': 'Withdraw the invitation to {email}',
    'members.invitations.withdraw.title': 'Withdraw invitation?',
    'members.invitations.withdraw.text': 'The link for {email} will no longer work.',
    'members.invitations.withdrawn': 'The invitation has been withdrawn.',
  },
});

declare module '@gw/web/shared/i18n' {
  interface FeatureDictionaries {
    members: typeof members;
  }
}
