import { startServerProcess } from '@tradeflow/e2e-support';

/**
 * The first start on an empty database, as a new user sees it at LOG_LEVEL=info: the generated
 * admin password is the last thing printed, framed, and not buried under one line per route.
 */
describe('first start: the generated admin password is printed last, framed', () => {
  it('prints the routes at debug only and ends its output with the framed password, which signs in', async () => {
    const server = await startServerProcess({
      env: { TRADEFLOW_ADMIN_TOKEN: '', SAMPLE_DATA: 'false', LOG_LEVEL: 'info' },
    });
    try {
      const framed = /={20,}\n {2}Sign in as "admin" with the password: (\S+)\n.*\n={20,}\n$/;
      const deadline = Date.now() + 10_000;
      while (!framed.test(server.output()) && Date.now() < deadline)
        await new Promise((done) => setTimeout(done, 50));
      const output = server.output();
      const password = framed.exec(output)?.[1];
      expect(password).toBeDefined();

      const lines = output.trimEnd().split('\n');
      const ready = lines.findIndex((line) => line.includes('tradeflow ready'));
      expect(ready).toBeGreaterThan(-1);
      // After "ready": the JSON line for log collectors and the four framed lines, nothing else.
      expect(lines.slice(ready + 1)).toHaveLength(5);
      expect(output).not.toMatch(/Mapped \{/);
      expect(output).not.toMatch(/dependencies initialized/);

      const login = await fetch(`${server.baseUrl}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'admin', password }),
      });
      expect(login.status).toBe(200);
    } finally {
      await server.destroy();
    }
  });
});
