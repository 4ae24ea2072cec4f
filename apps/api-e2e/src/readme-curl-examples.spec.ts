import {
  type SmtpReceiver,
  type ServerProcess,
  startSmtpReceiver,
  startServerProcess,
  WORKSPACE_ROOT,
} from '@tradeflow/e2e-support';
import { SHIPMENT_CSV_COLUMNS } from '@tradeflow/domain';
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

/**
 * Every curl example of the README, run in README order against the built product, the way a reader
 * pastes them after the quick start: the server is started with TRADEFLOW_ADMIN_TOKEN and
 * TRADEFLOW_ADMIN_PASSWORD, and the lines run in bash with `KEY` = that token (the README's
 * `export KEY=<your key>`) and `ADMIN_PASSWORD` = that password ("Get an API key").
 *
 * What counts as an example: in a ```sh or ```bash block, a line that starts with `curl`, plus the
 * lines it continues on (a trailing `\` or an open quote). `http://localhost:3000` becomes the test
 * server's address. Conventions the README follows so that every line can run:
 * - `$ID` and `$RUN` are the `id` and `runId` of the latest answer that carried one (the README says
 *   to `export` them from the answer above).
 * - `shipments.csv` is a small valid file the test puts in the working folder (the README's import
 *   examples read a file of the reader's); `docs/` is copied there, as a reader runs them in the repo.
 * - a GET that answers 404 is asked again for up to 30 s: a report run's file exists once the run,
 *   started by the line before, has finished.
 * - a block that truly cannot run (none today; prefer making it runnable) is skipped by putting
 *   `<!-- readme-curl: skip (the reason) -->` on the line before its opening fence.
 * Each line must carry credentials (`authorization: Bearer $KEY`, or the session cookie of the
 * sign-in example), except sign-in itself, and must answer 2xx.
 */
interface CurlExample {
  line: number;
  command: string;
}

function curlExamples(markdown: string): CurlExample[] {
  const lines = markdown.split('\n');
  const examples: CurlExample[] = [];
  let inShellBlock = false;
  let inOtherBlock = false;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] ?? '';
    const fence = /^```(\w*)/.exec(line);
    if (fence) {
      if (inShellBlock || inOtherBlock) {
        inShellBlock = inOtherBlock = false;
      } else {
        const skipped = /<!--\s*readme-curl:\s*skip/.test(lines[index - 1] ?? '');
        const shell = fence[1] === 'sh' || fence[1] === 'bash';
        inShellBlock = shell && !skipped;
        inOtherBlock = !inShellBlock;
      }
      continue;
    }
    if (!inShellBlock || !/^curl\s/.test(line)) continue;
    const start = index + 1;
    let command = line;
    while (isContinued(command) && index + 1 < lines.length) {
      index += 1;
      command += `\n${lines[index]}`;
    }
    examples.push({ line: start, command });
  }
  return examples;
}

/** True while the command so far ends in `\` or has an unclosed quote. */
function isContinued(command: string): boolean {
  if (/\\$/.test(command)) return true;
  let quote: string | undefined;
  for (let i = 0; i < command.length; i++) {
    const char = command[i];
    if (quote === "'") {
      if (char === "'") quote = undefined;
    } else if (quote === '"') {
      if (char === '\\') i += 1;
      else if (char === '"') quote = undefined;
    } else if (char === '\\') i += 1;
    else if (char === "'" || char === '"') quote = char;
    else if (char === '#' && /\s/.test(command[i - 1] ?? ' ')) {
      // a comment runs to the end of its line
      const end = command.indexOf('\n', i);
      if (end < 0) break;
      i = end;
    }
  }
  return quote !== undefined;
}

const STATUS_MARK = '__HTTP_STATUS__';
const run = promisify(execFile);

describe('README: every curl example works when pasted after the quick start', () => {
  const adminPassword = 'readme example passphrase';
  let server: ServerProcess;
  let mail: SmtpReceiver;
  let workDir: string;

  beforeAll(async () => {
    // The README's e-mail examples start the server with SMTP_URL: a real SMTP server here.
    mail = await startSmtpReceiver();
    server = await startServerProcess({
      env: { SAMPLE_DATA: 'true', TRADEFLOW_ADMIN_PASSWORD: adminPassword, SMTP_URL: mail.url },
    });
    workDir = await mkdtemp(join(tmpdir(), 'tradeflow-readme-'));
    // curl reads $CURL_HOME/.curlrc: every example also prints its status, whatever its own options.
    await writeFile(join(workDir, '.curlrc'), `write-out = "\\n${STATUS_MARK}%{http_code}"\n`);
    // The optional trailing columns after price_basis are left empty.
    const cells =
      'README-CSV-1,diesel,AE,AEJEA,PKKHI,sea,,1000,,,,2023-05-01,2023-05-10,,,,delivered,README import example,PK,CIF'.split(
        ',',
      );
    const row = [[...cells, ...Array<string>(SHIPMENT_CSV_COLUMNS.length - cells.length).fill('')].join(',')];
    await writeFile(join(workDir, 'shipments.csv'), [SHIPMENT_CSV_COLUMNS.join(','), ...row, ''].join('\n'));
    // The README's other files are the repository's own (the reader is in its folder).
    await cp(join(WORKSPACE_ROOT, 'docs'), join(workDir, 'docs'), { recursive: true });
  });
  afterAll(async () => {
    await server?.destroy();
    await mail?.close();
    if (workDir) await rm(workDir, { recursive: true, force: true });
  });

  it('finds the examples, each with credentials, and each answers 2xx', async () => {
    const examples = curlExamples(await readFile(join(WORKSPACE_ROOT, 'README.md'), 'utf8'));
    expect(examples.length).toBeGreaterThan(20);
    const answers: Record<string, string> = {};
    for (const example of examples) {
      const command = example.command.replaceAll('http://localhost:3000', server.baseUrl);
      if (!/\/api\/auth\/login/.test(command))
        expect({
          line: example.line,
          credentials: /authorization: Bearer \$KEY|-b cookies\.txt/i.test(command),
        }).toEqual({
          line: example.line,
          credentials: true,
        });
      const isGet =
        !/-X\s*(POST|PUT|PATCH|DELETE)|\s-d\s|--data-binary|\s-F\s/.test(command) || / -G\b/.test(command);
      const deadline = Date.now() + 30_000;
      let result = await runLine(command, answers);
      while (isGet && result.status === 404 && Date.now() < deadline) {
        await new Promise((done) => setTimeout(done, 250));
        result = await runLine(command, answers);
      }
      if (result.status < 200 || result.status > 299)
        throw new Error(`README line ${example.line} answered ${result.status}:\n${command}\n${result.body}`);
      rememberIds(result.body, answers);
    }
  });

  async function runLine(command: string, answers: Record<string, string>) {
    const { stdout } = await run('bash', ['-c', command], {
      cwd: workDir,
      env: {
        PATH: process.env['PATH'],
        CURL_HOME: workDir,
        KEY: server.adminToken,
        ADMIN_PASSWORD: adminPassword,
        ...answers,
      },
      maxBuffer: 64 * 1024 * 1024,
    });
    const at = stdout.lastIndexOf(STATUS_MARK);
    return { status: Number(stdout.slice(at + STATUS_MARK.length)), body: stdout.slice(0, at).trim() };
  }
});

function rememberIds(body: string, answers: Record<string, string>): void {
  try {
    const answer = JSON.parse(body) as { id?: unknown; runId?: unknown };
    if (typeof answer.id === 'string') answers['ID'] = answer.id;
    if (typeof answer.runId === 'string') answers['RUN'] = answer.runId;
  } catch {
    // not JSON (a CSV, a file written with -o): nothing to remember
  }
}
