import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import nodemailer, { type Transporter } from 'nodemailer';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';

export interface MailMessage {
  to: string[];
  subject: string;
  text: string;
  html: string;
  attachments?: Array<{ filename: string; content: Buffer; contentType: string }>;
}

/** A failed send: `permanent` when the server answered 5xx (retrying cannot help). */
export class MailFailure extends Error {
  constructor(
    message: string,
    readonly permanent: boolean,
  ) {
    super(message);
  }
}

/**
 * Sends e-mail through the SMTP server of SMTP_URL with nodemailer: smtp:// upgrades with STARTTLS
 * when the server offers it, smtps:// is TLS from the start. Without SMTP_URL e-mail is unavailable.
 */
@Injectable()
export class MailSender implements OnModuleDestroy {
  private readonly transport: Transporter | undefined;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    const { smtpUrl } = config.mail;
    this.transport = smtpUrl ? nodemailer.createTransport(smtpUrl, { from: config.mail.from }) : undefined;
  }

  get available(): boolean {
    return this.transport !== undefined;
  }

  /** Why e-mail cannot be asked for, or null when it can. */
  unavailableProblem(): string | null {
    return this.available ? null : 'e-mail is not configured on this server: set SMTP_URL (and SMTP_FROM)';
  }

  async send(message: MailMessage): Promise<void> {
    if (!this.transport) throw new MailFailure(this.unavailableProblem() as string, true);
    try {
      await this.transport.sendMail({ from: this.config.mail.from, ...message });
    } catch (error) {
      const {
        responseCode,
        response,
        message: text,
      } = error as {
        responseCode?: number;
        response?: string;
        message?: string;
      };
      const reply = response ?? text ?? String(error);
      throw new MailFailure(
        `the SMTP server answered: ${reply}`,
        responseCode !== undefined && responseCode >= 500,
      );
    }
  }

  onModuleDestroy(): void {
    this.transport?.close();
  }
}
