import type { Role } from '@gw/shared/contracts';
import { ROLE_LABELS } from '../../common/labels/german-labels';
import type { Mail } from '../mail/mail.service';

/** The invitation mail, in German (the product's first language). */
export function invitationMail(input: {
  to: string;
  initiativeName: string;
  inviterName: string;
  role: Role;
  acceptUrl: string;
  expiresAt: Date;
}): Mail {
  const until = input.expiresAt.toLocaleDateString('de-DE', { timeZone: 'Europe/Berlin' });
  return {
    to: input.to,
    subject: `Einladung zur Initiative „${input.initiativeName}“`,
    text: [
      'Guten Tag,',
      '',
      `${input.inviterName} lädt Sie ein, in der Initiative „${input.initiativeName}“ mitzuwirken ` +
        `(Rolle: ${ROLE_LABELS[input.role]}).`,
      '',
      'Mit diesem Link nehmen Sie die Einladung an:',
      input.acceptUrl,
      '',
      `Der Link ist bis zum ${until} gültig. Melden Sie sich mit dieser E-Mail-Adresse an oder registrieren Sie sich.`,
      '',
      'Gemeinsam Wirken',
    ].join('\n'),
  };
}
