import { useQuery } from '@tanstack/react-query';
import { CREDENTIAL_LIMITS, type Role, ROLES, type UserSummary, wordFieldNames } from '@tradeflow/domain';
import { type FormEvent, useId, useState } from 'react';
import { createUser, deleteUser, updateUser, usersQuery } from '../../api/admin';
import { useWrite } from '../../api/writes';
import { useIsAdmin, useSession } from '../../auth/session-context';
import { formatDateTime } from '../../format/dates';
import { type FormErrors, formErrorsOf, NO_FORM_ERRORS, topLevelFieldOf } from '../../forms/form-errors';
import { FormField } from '../../forms/form-field';
import { ConfirmDialog } from '../../layout/confirm-dialog';
import { ConfirmedRowAction } from '../../layout/confirmed-row-action';
import { PageHeader } from '../../layout/page-header';
import { EmptyState, ErrorState, Skeleton } from '../../layout/states';
import { useToast } from '../../layout/toasts';
import { AdminOnly, AdminTabs } from './admin-tabs';
import { RoleField } from './role-field';

const PASSWORD_RULES = `${CREDENTIAL_LIMITS.passwordMinLength} to ${CREDENTIAL_LIMITS.passwordMaxLength} characters, not one character repeated, not containing the username`;

type NewUserField = 'username' | 'password' | 'role';
const newUserFieldOf = topLevelFieldOf<NewUserField>(['username', 'password', 'role']);

function NewUserForm({ onDone, onCancel }: { onDone(user: UserSummary): void; onCancel(): void }) {
  const id = useId();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [role, setRole] = useState<Role>('viewer');
  const create = useWrite('users', createUser, { onSuccess: onDone });
  const problems: FormErrors<NewUserField> = create.error
    ? formErrorsOf(create.error, newUserFieldOf, 'Could not create the user.')
    : NO_FORM_ERRORS;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate({ username, password, role });
  };
  return (
    <form className="card form-card" aria-label="New user" onSubmit={submit}>
      <h2 className="form-card-title">New user</h2>
      <div className="form-grid form-grid-3">
        <FormField compact id={`${id}-username`} label="Username" error={problems.byField.username}>
          {(control) => (
            <input
              {...control}
              className="input"
              autoComplete="off"
              value={username}
              onChange={(event) => setUsername(event.target.value)}
              required
            />
          )}
        </FormField>
        <FormField compact id={`${id}-password`} label="Password" error={problems.byField.password}>
          {(control) => (
            <input
              {...control}
              aria-describedby={[control['aria-describedby'], `${id}-rules`].filter(Boolean).join(' ')}
              className="input"
              type="password"
              autoComplete="new-password"
              value={password}
              onChange={(event) => setPassword(event.target.value)}
              required
            />
          )}
        </FormField>
        <RoleField id={`${id}-role`} value={role} error={problems.byField.role} onChange={setRole} />
      </div>
      <p className="muted" id={`${id}-rules`}>
        Password: {PASSWORD_RULES}.
      </p>
      {problems.form ? (
        <p className="form-alert" role="alert">
          {problems.form}
        </p>
      ) : null}
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={create.isPending}>
          {create.isPending ? 'Creating…' : 'Create user'}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

function ResetPasswordDialog({ user, onClose }: { user: UserSummary; onClose(done: boolean): void }) {
  const id = useId();
  const [password, setPassword] = useState('');
  const reset = useWrite('users', (newPassword: string) => updateUser(user.id, { password: newPassword }), {
    onSuccess: () => onClose(true),
  });
  return (
    <ConfirmDialog
      title={`New password for ${user.username}`}
      confirmText="Set password"
      busy={reset.isPending}
      error={reset.error ? wordFieldNames(reset.error.message) : null}
      onCancel={() => onClose(false)}
      onConfirm={() => reset.mutate(password)}
    >
      <div className="field">
        <label className="field-label" htmlFor={`${id}-password`}>
          New password
        </label>
        <input
          id={`${id}-password`}
          className="input"
          type="password"
          autoComplete="new-password"
          value={password}
          onChange={(event) => setPassword(event.target.value)}
        />
      </div>
      <p className="muted">
        {PASSWORD_RULES}. Every session of {user.username} ends; they sign in with the new one.
      </p>
    </ConfirmDialog>
  );
}

/** Users: list, create with a role, change role, reset a password, delete. */
export function UsersPage() {
  const isAdmin = useIsAdmin();
  const session = useSession();
  const users = useQuery({ ...usersQuery, enabled: isAdmin });
  const toast = useToast();
  const [creating, setCreating] = useState(false);
  const [resetting, setResetting] = useState<UserSummary | null>(null);
  const me = session.kind === 'signed-in' ? session.username : null;

  const changeRole = useWrite(
    'users',
    ({ user, role }: { user: UserSummary; role: Role }) => updateUser(user.id, { role }),
    {
      onSuccess: (_, { user, role }) => toast(`${user.username} is now ${role}`),
      onError: (error) => toast(wordFieldNames(error.message), 'error'),
    },
  );

  return (
    <div className="page">
      <PageHeader
        title="Users"
        subtitle="People who sign in to the dashboard, and what each may do"
        aside={
          isAdmin && !creating ? (
            <button type="button" className="button button-primary" onClick={() => setCreating(true)}>
              New user
            </button>
          ) : null
        }
      />
      <AdminTabs />
      {!isAdmin ? (
        <AdminOnly />
      ) : (
        <>
          {creating ? (
            <NewUserForm
              onCancel={() => setCreating(false)}
              onDone={(user) => {
                setCreating(false);
                toast(`User ${user.username} created`);
              }}
            />
          ) : null}
          <section className="card" aria-label="Users">
            {users.isPending ? (
              <Skeleton height={160} label="Loading users" />
            ) : users.isError ? (
              <ErrorState error={users.error} onRetry={() => void users.refetch()} />
            ) : users.data.length === 0 ? (
              <EmptyState title="No users yet">Create one with “New user”.</EmptyState>
            ) : (
              <div className="table-scroll">
                <table className="data-table admin-table">
                  <caption className="visually-hidden">Users</caption>
                  <thead>
                    <tr>
                      <th scope="col">Username</th>
                      <th scope="col">Role</th>
                      <th scope="col" className="hide-phone">
                        Created
                      </th>
                      <th scope="col">
                        <span className="visually-hidden">Actions</span>
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {users.data.map((user) => (
                      <tr key={user.id} data-user={user.username}>
                        <th scope="row">
                          {user.username}
                          {user.username === me ? <span className="muted"> (you)</span> : null}
                        </th>
                        <td>
                          <select
                            className="input input-small"
                            aria-label={`Role of ${user.username}`}
                            value={user.role}
                            onChange={(event) =>
                              changeRole.mutate({ user, role: event.target.value as Role })
                            }
                          >
                            {ROLES.map((value) => (
                              <option key={value}>{value}</option>
                            ))}
                          </select>
                        </td>
                        <td className="hide-phone">{formatDateTime(user.createdAt)}</td>
                        <td className="row-actions">
                          <button
                            type="button"
                            className="button button-ghost button-small"
                            aria-label={`Reset password of ${user.username}`}
                            onClick={() => setResetting(user)}
                          >
                            Reset password
                          </button>
                          <ConfirmedRowAction
                            label="Delete"
                            accessibleName={`Delete ${user.username}`}
                            title={`Delete ${user.username}?`}
                            confirmText="Delete user"
                            record="users"
                            run={() => deleteUser(user.id)}
                            onDone={() => toast(`User ${user.username} deleted`)}
                          >
                            Their sessions end at once. Their name stays in the audit trail.
                          </ConfirmedRowAction>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </section>
        </>
      )}
      {resetting ? (
        <ResetPasswordDialog
          user={resetting}
          onClose={(done) => {
            if (done) toast(`New password set for ${resetting.username}`);
            setResetting(null);
          }}
        />
      ) : null}
    </div>
  );
}
