import type { Role } from '@tradeflow/domain';
import { HttpClient, type TestApp } from './test-app';

let counter = 0;

/** A client that sends a fresh API key of the given role (created by the bootstrap admin token). */
export async function clientWithApiKey(t: TestApp, role: Role, name?: string): Promise<HttpClient> {
  counter += 1;
  const created = await t.http.post('/api/api-keys', { name: name ?? `${role}-key-${counter}`, role });
  if (created.status !== 201)
    throw new Error(`creating an API key failed: ${created.status} ${created.text}`);
  return new HttpClient(t.baseUrl, { authorization: `Bearer ${created.body.key}` });
}

export const A_PASSWORD = 'a long enough passphrase';

/** Creates a user (as the bootstrap admin) and answers their id. */
export async function createUser(
  t: TestApp,
  username: string,
  role: Role,
  password = A_PASSWORD,
): Promise<string> {
  const created = await t.http.post('/api/users', { username, password, role });
  if (created.status !== 201) throw new Error(`creating a user failed: ${created.status} ${created.text}`);
  return created.body.id;
}

/** Signs in over HTTP and answers a client that sends the session cookie, plus the raw cookie. */
export async function signIn(
  t: TestApp,
  username: string,
  password = A_PASSWORD,
): Promise<{ client: HttpClient; cookie: string; setCookie: string }> {
  const response = await t.anonymous.post('/api/auth/login', { username, password });
  if (response.status !== 200) throw new Error(`sign-in failed: ${response.status} ${response.text}`);
  const setCookie = response.headers.get('set-cookie') ?? '';
  const cookie = setCookie.split(';')[0] as string;
  return { client: new HttpClient(t.baseUrl, { cookie }), cookie, setCookie };
}
