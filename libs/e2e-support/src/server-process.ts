import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const WORKSPACE_ROOT = resolve(__dirname, '..', '..', '..');
const MAIN = join(WORKSPACE_ROOT, 'dist', 'apps', 'api', 'main.js');

export interface ServerProcess {
  baseUrl: string;
  /** The admin API key the process was started with (TRADEFLOW_ADMIN_TOKEN). */
  adminToken: string;
  /** fetch() on this server with `Authorization: Bearer <adminToken>`. */
  request(path: string, init?: RequestInit): Promise<Response>;
  port: number;
  /** Process id of the server (e.g. to read its memory from /proc/<pid>/status). */
  pid: number;
  dataDir: string;
  /** Milliseconds from spawn to the first 200 of /api/health. */
  startupMs: number;
  output(): string;
  /** Sends the signal and waits for the process to exit; resolves with its exit code. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
  /** Stops the process and deletes its data folder. */
  destroy(): Promise<void>;
}

/**
 * TRADEFLOW_E2E_SERVER_TZ: the TZ of every product the e2e tests start, and so of its embedded
 * PostgreSQL (CI sets America/New_York, so that no date or schedule can depend on the server's zone
 * unnoticed); unset: the zone of the machine. An env.TZ of a test wins.
 */
const E2E_SERVER_TIME_ZONE = process.env['TRADEFLOW_E2E_SERVER_TZ'];

export interface ServerOptions {
  dataDir?: string;
  env?: NodeJS.ProcessEnv;
  port?: number;
}

/** Starts the built product exactly as `npm start` does (node dist/apps/api/main.js). */
export async function startServerProcess(options: ServerOptions = {}): Promise<ServerProcess> {
  if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: run \`npm run build\` first (npm test does)`);
  const dataDir = options.dataDir ?? (await mkdtemp(join(tmpdir(), 'tradeflow-e2e-')));
  const port = options.port ?? (await freePort());
  const adminToken = options.env?.['TRADEFLOW_ADMIN_TOKEN'] ?? `tf_e2e_${randomBytes(24).toString('hex')}`;
  const started = Date.now();
  const child = spawn(process.execPath, [MAIN], {
    cwd: WORKSPACE_ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      DATABASE_URL: '',
      TRADEFLOW_ADMIN_TOKEN: adminToken,
      ...(E2E_SERVER_TIME_ZONE ? { TZ: E2E_SERVER_TIME_ZONE } : {}),
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitForHealth(baseUrl, child, () => output);
  const startupMs = Date.now() - started;
  const stop = (signal: NodeJS.Signals = 'SIGTERM') => stopProcess(child, signal);
  return {
    baseUrl,
    adminToken,
    request: (path, init = {}) =>
      fetch(`${baseUrl}${path}`, {
        ...init,
        headers: { authorization: `Bearer ${adminToken}`, ...(init.headers as Record<string, string>) },
      }),
    port,
    pid: child.pid as number,
    dataDir,
    startupMs,
    output: () => output,
    stop,
    destroy: async () => {
      await stop();
      if (!options.dataDir) await rm(dataDir, { recursive: true, force: true });
    },
  };
}

async function waitForHealth(baseUrl: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}:\n${output()}`);
    try {
      const response = await fetch(`${baseUrl}/api/health`);
      if (response.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((done) => setTimeout(done, 100));
  }
  child.kill('SIGKILL');
  throw new Error(`server did not become healthy within 90 s:\n${output()}`);
}

function stopProcess(child: ChildProcess, signal: NodeJS.Signals): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((done) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.once('exit', (code) => {
      clearTimeout(timer);
      done(code);
    });
    child.kill(signal);
  });
}

export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.on('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => done(typeof address === 'object' && address ? address.port : 0));
    });
  });
}
