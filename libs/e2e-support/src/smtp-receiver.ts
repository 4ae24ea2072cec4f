import { type ParsedMail, simpleParser } from 'mailparser';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface CaughtMail {
  /** RCPT TO of the SMTP envelope. */
  recipients: string[];
  parsed: ParsedMail;
}

export interface MailCatcher {
  /** `smtp://127.0.0.1:<port>`: the SMTP_URL to start tradeflow with. */
  url: string;
  port: number;
  received: CaughtMail[];
  close(): Promise<void>;
}

/**
 * A real SMTP server (smtp-server, by the nodemailer authors) that accepts every message and keeps
 * it, parsed: for the browser tests, and for trying e-mail delivery locally (npm run mail:catch).
 */
export async function startMailCatcher(
  port = 0,
  onMail: (mail: CaughtMail) => void = () => undefined,
): Promise<MailCatcher> {
  const received: CaughtMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          const mail = { recipients: session.envelope.rcptTo.map((rcpt) => rcpt.address), parsed };
          received.push(mail);
          onMail(mail);
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const actual = (server.server.address() as AddressInfo).port;
  return {
    url: `smtp://127.0.0.1:${actual}`,
    port: actual,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
