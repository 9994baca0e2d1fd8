import { Inject, Injectable } from '@nestjs/common';
import type { Transporter } from 'nodemailer';
import type { Logger } from 'pino';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { LOGGER } from '../../common/logging/logger.provider';

export interface Mail {
  to: string;
  subject: string;
  text: string;
}

/**
 * Sends mail through SMTP_URL. Without it, mails are written to the log instead (links
 * included, so that a local setup works without a mail server; in production links are
 * redacted, the UI shows them to the coordination office).
 */
@Injectable()
export class MailService {
  private transport?: Promise<Transporter>;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  /** Never throws: a mail that cannot be sent is logged, the caller's change stands. */
  async send(mail: Mail): Promise<void> {
    const { smtpUrl } = this.config;
    if (!smtpUrl) {
      const text = this.config.production
        ? mail.text.replace(/https?:\/\/\S+/g, '[link]')
        : mail.text;
      this.logger.info(
        { mail: { to: mail.to, subject: mail.subject, text } },
        'mail (no SMTP_URL set)',
      );
      return;
    }
    try {
      // nodemailer is loaded with the first mail: an instance that sends none never pays for it.
      this.transport ??= import('nodemailer').then(({ createTransport }) =>
        createTransport(smtpUrl),
      );
      await (await this.transport).sendMail({ from: this.config.mailFrom, ...mail });
    } catch (error) {
      this.logger.error(
        { err: { message: (error as Error).message }, to: mail.to, subject: mail.subject },
        'mail could not be sent',
      );
    }
  }
}
