import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { createServer } from 'node:net';

const run = promisify(execFile);

/** Debian's PostgreSQL (apt-get install postgresql; .ci/run installs it). */
export const DEBIAN_POSTGRES_BIN = process.env['POSTGRES_BIN_DIR'] ?? '/usr/lib/postgresql/15/bin';

export interface PrimaryWithStandby {
  primaryUrl: string;
  standbyUrl: string;
  stop(): Promise<void>;
}

/**
 * A PostgreSQL primary and a streaming standby made by `pg_basebackup -R`, on free ports in a
 * temporary folder. As root, every command runs as the `postgres` user (PostgreSQL refuses root).
 */
export async function startPrimaryWithStandby(database: string): Promise<PrimaryWithStandby> {
  for (const tool of ['initdb', 'pg_ctl', 'pg_basebackup', 'postgres']) {
    if (!existsSync(join(DEBIAN_POSTGRES_BIN, tool)))
      throw new Error(
        `${join(DEBIAN_POSTGRES_BIN, tool)} is missing: install Debian's PostgreSQL 15 (apt-get install postgresql) or set POSTGRES_BIN_DIR`,
      );
  }
  const root = await mkdtemp(join(tmpdir(), 'tradeflow-standby-'));
  const asRoot = process.getuid?.() === 0;
  if (asRoot) await run('chown', ['postgres:postgres', root]);
  const pg = (tool: string, args: string[]) =>
    asRoot
      ? run('runuser', ['-u', 'postgres', '--', join(DEBIAN_POSTGRES_BIN, tool), ...args], { cwd: root })
      : run(join(DEBIAN_POSTGRES_BIN, tool), args, { cwd: root });
  const primaryDir = join(root, 'primary');
  const standbyDir = join(root, 'standby');
  const [primaryPort, standbyPort] = [await freePort(), await freePort()];
  const options = (port: number) =>
    `-c port=${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=${root} -c fsync=off`;
  const started: string[] = [];
  const stop = async () => {
    for (const dir of started.reverse())
      await pg('pg_ctl', ['-D', dir, '-m', 'immediate', 'stop']).catch(() => undefined);
    await rm(root, { recursive: true, force: true });
  };
  try {
    await pg('initdb', ['-D', primaryDir, '-U', 'postgres', '--auth=trust', '--no-sync']);
    await pg('pg_ctl', [
      '-D',
      primaryDir,
      '-o',
      options(primaryPort),
      '-l',
      join(root, 'primary.log'),
      '-w',
      'start',
    ]);
    started.push(primaryDir);
    const primaryAdmin = `postgres://postgres@127.0.0.1:${primaryPort}`;
    await pg('createdb', ['-h', '127.0.0.1', '-p', String(primaryPort), '-U', 'postgres', database]);
    await pg('pg_basebackup', [
      '-h',
      '127.0.0.1',
      '-p',
      String(primaryPort),
      '-U',
      'postgres',
      '-D',
      standbyDir,
      '-R',
      '-X',
      'stream',
    ]);
    await pg('pg_ctl', [
      '-D',
      standbyDir,
      '-o',
      options(standbyPort),
      '-l',
      join(root, 'standby.log'),
      '-w',
      'start',
    ]);
    started.push(standbyDir);
    return {
      primaryUrl: `${primaryAdmin}/${database}`,
      standbyUrl: `postgres://postgres@127.0.0.1:${standbyPort}/${database}`,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
