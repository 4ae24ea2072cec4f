import { type ParsedMail, simpleParser } from 'mailparser';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  /** RCPT TO of the SMTP envelope. */
  recipients: string[];
  parsed: ParsedMail;
}

export interface SmtpReceiver {
  url: string;
  received: ReceivedMail[];
  /** Answer every RCPT TO with this reply, e.g. `452 mailbox full` or `550 no such user`; null: accept. */
  refuseWith(reply: string | null): void;
  /** RCPT TO commands seen, refused or not (each delivery attempt sends them). */
  attempts: number;
  close(): Promise<void>;
}

/** A real SMTP server (smtp-server, by the nodemailer authors) on loopback, keeping what it receives. */
export async function startSmtpReceiver(): Promise<SmtpReceiver> {
  const received: ReceivedMail[] = [];
  let refusal: string | null = null;
  const state = { attempts: 0 };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo(_address, _session, callback) {
      state.attempts++;
      if (!refusal) return callback();
      const [code, ...words] = refusal.split(' ');
      callback(Object.assign(new Error(words.join(' ')), { responseCode: Number(code) }));
    },
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          received.push({ recipients: session.envelope.rcptTo.map((rcpt) => rcpt.address), parsed });
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    refuseWith: (reply) => {
      refusal = reply;
    },
    get attempts() {
      return state.attempts;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
