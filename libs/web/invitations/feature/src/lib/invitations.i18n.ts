import { translations } from '@gw/web/shared/i18n';

/** The page of an invitation link: accepting an invitation to an initiative. */
export const invitations = translations({
  de: {
    'invitation.title': 'Einladung',
    'invitation.intro': 'Sie wurden eingeladen, in dieser Initiative mitzuwirken:',
    'invitation.role': 'Ihre Rolle',
    'invitation.for': 'Die Einladung gilt für {email}.',
    'invitation.validUntil': 'Gültig bis {date}.',
    'invitation.loginPrompt':
      'Melden Sie sich an oder legen Sie ein Konto an, um die Einladung anzunehmen. Danach kommen Sie hierher zurück.',
    'invitation.login': 'Anmelden',
    'invitation.register': 'Konto anlegen',
    'invitation.accept': 'Einladung annehmen',
    'invitation.accepted': 'Willkommen! Sie sind jetzt Mitglied der Initiative.',
    'invitation.wrongAccount':
      'Sie sind als {current} angemeldet, die Einladung gilt aber für {email}. Melden Sie sich mit dieser Adresse an.',
    'invitation.switchAccount': 'Mit anderem Konto anmelden',
    'invitation.status.expired':
      'Diese Einladung ist abgelaufen. Bitten Sie die Koordinationsstelle um eine neue.',
    'invitation.status.accepted': 'Diese Einladung wurde bereits angenommen.',
    'invitation.status.revoked':
      'Diese Einladung wurde zurückgezogen. Wenden Sie sich bei Fragen an die Koordinationsstelle.',
    'invitation.notFound':
      'Diese Einladung gibt es nicht. Bitte prüfen Sie, ob der Link vollständig ist.',
    'invitation.toInitiatives': 'Zu meinen Initiativen',
  },
  en: {
    'invitation.title': 'Invitation',
    'invitation.intro': 'You have been invited to take part in this initiative:',
    'invitation.role': 'Your role',
    'invitation.for': 'The invitation is for {email}.',
    'invitation.validUntil': 'Valid until {date}.',
    'invitation.loginPrompt':
      'Log in or create an account to accept the invitation. You will come back here afterwards.',
    'invitation.login': 'Log in',
    'invitation.register': 'Create account',
    'invitation.accept': 'Accept invitation',
    'invitation.accepted': 'Welcome! You are now a member of the initiative.',
    'invitation.wrongAccount':
      'You are logged in as {current}, but the invitation is for {email}. Please log in with that address.',
    'invitation.switchAccount': 'Log in with another account',
    'invitation.status.expired':
      'This invitation has expired. Ask the coordination office for a new one.',
    'invitation.status.accepted': 'This invitation has already been accepted.',
    'invitation.status.revoked':
      'This invitation has been withdrawn. Contact the coordination office if you have questions.',
    'invitation.notFound':
      'This invitation does not exist. Please check that the link is complete.',
    'invitation.toInitiatives': 'To my initiatives',
  },
});

declare module '@gw/web/shared/i18n' {
  interface FeatureDictionaries {
    invitations: typeof invitations;
  }
}
