import { isRole, ROLES, roleAtLeast } from './roles';

describe('roles: viewer < editor < admin', () => {
  it('orders the roles weakest first', () => {
    expect(ROLES).toEqual(['viewer', 'editor', 'admin']);
  });

  it.each([
    ['viewer', 'viewer', true],
    ['viewer', 'editor', false],
    ['viewer', 'admin', false],
    ['editor', 'viewer', true],
    ['editor', 'editor', true],
    ['editor', 'admin', false],
    ['admin', 'viewer', true],
    ['admin', 'editor', true],
    ['admin', 'admin', true],
  ] as const)('%s may do what needs %s: %s', (role, required, expected) => {
    expect(roleAtLeast(role, required)).toBe(expected);
  });

  it('knows only the three roles', () => {
    expect(isRole('admin')).toBe(true);
    expect(isRole('Admin')).toBe(false);
    expect(isRole('root')).toBe(false);
    expect(isRole(undefined)).toBe(false);
  });
});
