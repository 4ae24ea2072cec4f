import { startSmtpReceiver } from './smtp-receiver';

// A local SMTP server for trying e-mail delivery: prints every message tradeflow sends.
//   npm run mail:catch            (listens on 127.0.0.1:2525)
//   SMTP_URL=smtp://127.0.0.1:2525 npm start
const port = Number(process.env['MAIL_CATCH_PORT'] ?? 2525);

void startSmtpReceiver({
  port,
  onMail: ({ recipients, parsed }) => {
    const attachments = parsed.attachments.map((a) => `${a.filename ?? 'file'} (${a.size} bytes)`).join(', ');
    process.stdout.write(
      [
        '─'.repeat(72),
        `To:          ${recipients.join(', ')}`,
        `From:        ${parsed.from?.text ?? ''}`,
        `Subject:     ${parsed.subject ?? ''}`,
        `Attachments: ${attachments || 'none'}`,
        '',
        (parsed.text ?? '').trim(),
        '',
      ].join('\n'),
    );
  },
}).then((catcher) => {
  process.stdout.write(`Catching mail on ${catcher.url}: start tradeflow with SMTP_URL=${catcher.url}\n`);
});
