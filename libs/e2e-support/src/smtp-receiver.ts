import { type ParsedMail, simpleParser } from 'mailparser';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  /** RCPT TO of the SMTP envelope. */
  recipients: string[];
  parsed: ParsedMail;
}

export interface SmtpReceiver {
  /** `smtp://127.0.0.1:<port>`: the SMTP_URL to start tradeflow with. */
  url: string;
  port: number;
  received: ReceivedMail[];
  /** Answer every RCPT TO with this reply, e.g. `452 mailbox full` or `550 no such user`; null: accept. */
  refuseWith(reply: string | null): void;
  /** RCPT TO commands seen, refused or not (each delivery attempt sends them). */
  readonly attempts: number;
  close(): Promise<void>;
}

export interface SmtpReceiverOptions {
  /** 0 (the default): a free port. */
  port?: number;
  /** Called with each accepted message, once parsed. */
  onMail?: (mail: ReceivedMail) => void;
}

/**
 * A real SMTP server (smtp-server, by the nodemailer authors) on loopback that keeps every message
 * it accepts, parsed: for the API and browser tests, and for trying e-mail delivery locally
 * (npm run mail:catch).
 */
export async function startSmtpReceiver({
  port = 0,
  onMail,
}: SmtpReceiverOptions = {}): Promise<SmtpReceiver> {
  const received: ReceivedMail[] = [];
  let refusal: string | null = null;
  let attempts = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo(_address, _session, callback) {
      attempts++;
      if (!refusal) return callback();
      const [code, ...words] = refusal.split(' ');
      callback(Object.assign(new Error(words.join(' ')), { responseCode: Number(code) }));
    },
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          const mail = { recipients: session.envelope.rcptTo.map((rcpt) => rcpt.address), parsed };
          received.push(mail);
          onMail?.(mail);
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
    refuseWith: (reply) => {
      refusal = reply;
    },
    get attempts() {
      return attempts;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
