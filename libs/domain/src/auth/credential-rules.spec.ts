import { newUserProblems, normaliseUsername, passwordProblem, usernameProblem } from './credential-rules';

describe('usernames', () => {
  it('are compared in lower case', () => {
    expect(normaliseUsername('  Analyst.One ')).toBe('analyst.one');
  });

  it.each(['analyst', 'a.b-c_d', 'someone@example.com', 'X1'])('accepts %p', (username) => {
    expect(usernameProblem(username)).toBeUndefined();
  });

  it.each([
    ['', 'is required'],
    [42, 'is required'],
    ['-dash', 'must start with a letter or digit'],
    ['with space', 'may contain only'],
    ["o'brien", 'may contain only'],
    ['x'.repeat(65), 'at most 64'],
  ])('rejects %p', (username, message) => {
    expect(usernameProblem(username)).toMatch(message);
  });
});

describe('passwords (length over composition)', () => {
  it('accepts a long passphrase', () => {
    expect(passwordProblem('correct horse battery staple')).toBeUndefined();
  });

  it.each([
    [undefined, 'is required'],
    ['short', 'at least 12'],
    ['a'.repeat(20), 'one character repeated'],
    ['x'.repeat(257) + 'y', 'at most 256'],
  ])('rejects %p', (password, message) => {
    expect(passwordProblem(password)).toMatch(message);
  });

  it('counts characters, not UTF-16 units', () => {
    expect(passwordProblem('🔑🔑🔑🔑🔑🔑🔑🔑🔑🔑🔑')).toMatch('at least 12');
  });

  it('rejects a password that contains the username', () => {
    expect(passwordProblem('my-analyst-password', 'Analyst')).toBe('must not contain the username');
  });

  it('reports each bad field of a new user', () => {
    expect(newUserProblems({ username: 'bad name', password: 'short' })).toEqual([
      { field: 'username', message: expect.any(String) },
      { field: 'password', message: 'must be at least 12 characters' },
    ]);
  });
});
