import { filtersInWords, type ReportParams } from '@tradeflow/domain';

export interface ReportEmailFacts {
  reportName: string;
  subject: string | null;
  params: ReportParams;
  windowFrom: string | null;
  windowTo: string | null;
  rowCount: number;
  runUrl: string;
  fileName: string;
  /** Set when the file is too large to attach: where to download it, and until when. */
  download?: { url: string; expiresAt: Date };
  test: boolean;
}

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string,
  );

function windowInWords(from: string | null, to: string | null): string {
  if (!from && !to) return 'all arrival dates';
  return `arrivals from ${from ?? 'the first'} to ${to ?? 'the latest'}`;
}

/** Subject, plain text and HTML of the e-mail that carries a report run's file. */
export function reportEmail(facts: ReportEmailFacts): { subject: string; text: string; html: string } {
  const window = windowInWords(facts.windowFrom, facts.windowTo);
  const dates =
    facts.windowFrom || facts.windowTo
      ? `${facts.windowFrom ?? 'start'} to ${facts.windowTo ?? 'now'}`
      : 'all dates';
  const subject = `${facts.test ? '[test] ' : ''}${facts.subject ?? `${facts.reportName}: ${dates}`}`;
  const contents = filtersInWords(facts.params.filters);
  const rows = `${facts.rowCount.toLocaleString('en-US')} row${facts.rowCount === 1 ? '' : 's'}`;
  const fileLine = facts.download
    ? `The file ${facts.fileName} is too large to attach. Download it (no sign-in needed) until ${facts.download.expiresAt.toISOString().slice(0, 16).replace('T', ' ')} UTC:`
    : `The file ${facts.fileName} is attached.`;
  const lines = [
    facts.test ? 'This is a test delivery of the last file of this report.' : null,
    `${facts.reportName}`,
    `${contents}, ${window}: ${rows}.`,
    '',
    fileLine,
    facts.download ? facts.download.url : null,
    '',
    `The run in the dashboard: ${facts.runUrl}`,
  ].filter((line): line is string => line !== null);
  const html = `<!doctype html><html><body style="font-family:system-ui,sans-serif;color:#1f2933">
${facts.test ? '<p><em>This is a test delivery of the last file of this report.</em></p>' : ''}
<h2 style="margin:0 0 8px">${escapeHtml(facts.reportName)}</h2>
<p>${escapeHtml(contents)}, ${escapeHtml(window)}: <strong>${escapeHtml(rows)}</strong>.</p>
<p>${escapeHtml(fileLine)}${facts.download ? `<br><a href="${escapeHtml(facts.download.url)}">Download ${escapeHtml(facts.fileName)}</a>` : ''}</p>
<p><a href="${escapeHtml(facts.runUrl)}">Open the run in tradeflow</a></p>
</body></html>`;
  return { subject, text: lines.join('\n'), html };
}
