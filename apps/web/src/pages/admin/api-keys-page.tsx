import { useQuery } from '@tanstack/react-query';
import { type CreatedApiKey, CREDENTIAL_LIMITS, type Role } from '@tradeflow/domain';
import { type FormEvent, useId, useState } from 'react';
import { apiKeysQuery, createApiKey, revokeApiKey } from '../../api/admin';
import { useWrite } from '../../api/writes';
import { useIsAdmin } from '../../auth/session-context';
import { formatDateTime } from '../../format/dates';
import { type FormErrors, formErrorsOf, NO_FORM_ERRORS, topLevelFieldOf } from '../../forms/form-errors';
import { FormField } from '../../forms/form-field';
import { ConfirmedRowAction } from '../../layout/confirmed-row-action';
import { PageHeader } from '../../layout/page-header';
import { EmptyState, ErrorState, Skeleton } from '../../layout/states';
import { useToast } from '../../layout/toasts';
import { AdminOnly, AdminTabs } from './admin-tabs';
import { CopyButton } from './copy-button';
import { RoleField } from './role-field';

/** The curl line that tries a new key: who am I, as the key. */
export function curlLineFor(key: string, origin: string): string {
  return `curl -s -H "authorization: Bearer ${key}" ${origin}/api/auth/me`;
}

type KeyField = 'name' | 'role';
const keyFieldOf = topLevelFieldOf<KeyField>(['name', 'role']);

function NewKeyForm({ onCreated, onCancel }: { onCreated(key: CreatedApiKey): void; onCancel(): void }) {
  const id = useId();
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('viewer');
  const create = useWrite('api-keys', createApiKey, { onSuccess: onCreated });
  const problems: FormErrors<KeyField> = create.error
    ? formErrorsOf(create.error, keyFieldOf, 'Could not create the key.')
    : NO_FORM_ERRORS;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate({ name, role });
  };
  return (
    <form className="card form-card" aria-label="New API key" onSubmit={submit}>
      <h2 className="form-card-title">New API key</h2>
      <div className="form-grid">
        <FormField compact id={`${id}-name`} label="Name (what uses it)" error={problems.byField.name}>
          {(control) => (
            <input
              {...control}
              className="input"
              value={name}
              maxLength={CREDENTIAL_LIMITS.apiKeyNameMaxLength}
              placeholder="nightly-import"
              onChange={(event) => setName(event.target.value)}
              required
            />
          )}
        </FormField>
        <RoleField id={`${id}-role`} value={role} error={problems.byField.role} onChange={setRole} />
      </div>
      {problems.form ? (
        <p className="form-alert" role="alert">
          {problems.form}
        </p>
      ) : null}
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={create.isPending}>
          {create.isPending ? 'Creating…' : 'Create key'}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

function ShownOnce({ created, onDone }: { created: CreatedApiKey; onDone(): void }) {
  const curl = curlLineFor(created.key, window.location.origin);
  return (
    <section className="card form-card key-once" aria-label="Your new API key" role="status">
      <h2 className="form-card-title">
        Key “{created.name}” ({created.role}) created
      </h2>
      <p>Copy it now: it is shown only this once. The server keeps only its fingerprint.</p>
      <div className="copy-row">
        <code className="code-line" data-testid="new-api-key">
          {created.key}
        </code>
        <CopyButton text={created.key} label="Copy key" />
      </div>
      <p className="muted">Try it from a terminal:</p>
      <div className="copy-row">
        <code className="code-line">{curl}</code>
        <CopyButton text={curl} label="Copy curl line" />
      </div>
      <div className="form-actions">
        <button type="button" className="button button-secondary" onClick={onDone}>
          Done, I have copied it
        </button>
      </div>
    </section>
  );
}

const when = (value: string | null) => (value ? formatDateTime(value) : 'never');

/** API keys: list (name, role, created, last used), create (shown once, with a curl line), revoke. */
export function ApiKeysPage() {
  const isAdmin = useIsAdmin();
  const keys = useQuery({ ...apiKeysQuery, enabled: isAdmin });
  const toast = useToast();
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<CreatedApiKey | null>(null);

  return (
    <div className="page">
      <PageHeader
        title="API keys"
        subtitle="Keys let scripts call the API as Authorization: Bearer <key>"
        aside={
          isAdmin && !creating && !created ? (
            <button type="button" className="button button-primary" onClick={() => setCreating(true)}>
              New key
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
            <NewKeyForm
              onCancel={() => setCreating(false)}
              onCreated={(key) => {
                setCreating(false);
                setCreated(key);
              }}
            />
          ) : null}
          {created ? <ShownOnce created={created} onDone={() => setCreated(null)} /> : null}
          <section className="card" aria-label="API keys">
            {keys.isPending ? (
              <Skeleton height={160} label="Loading API keys" />
            ) : keys.isError ? (
              <ErrorState error={keys.error} onRetry={() => void keys.refetch()} />
            ) : keys.data.length === 0 ? (
              <EmptyState title="No API keys yet">Create one with “New key”.</EmptyState>
            ) : (
              <div className="table-scroll">
                <table className="data-table admin-table">
                  <caption className="visually-hidden">API keys</caption>
                  <thead>
                    <tr>
                      <th scope="col">Name</th>
                      <th scope="col">Role</th>
                      <th scope="col" className="hide-phone">
                        Created
                      </th>
                      <th scope="col">Last used</th>
                      <th scope="col">
                        <span className="visually-hidden">Actions</span>
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {keys.data.map((key) => (
                      <tr
                        key={key.id}
                        data-key={key.name}
                        className={key.revokedAt ? 'is-revoked' : undefined}
                      >
                        <th scope="row">
                          {key.name}
                          <span className="muted code-inline hide-phone"> {key.prefix}…</span>
                        </th>
                        <td>{key.role}</td>
                        <td className="hide-phone">
                          {formatDateTime(key.createdAt)}
                          <span className="muted"> by {key.createdBy}</span>
                        </td>
                        <td>{when(key.lastUsedAt)}</td>
                        <td>
                          {key.revokedAt ? (
                            <span className="pill pill-new">revoked {formatDateTime(key.revokedAt)}</span>
                          ) : (
                            <ConfirmedRowAction
                              label="Revoke"
                              accessibleName={`Revoke ${key.name}`}
                              title={`Revoke “${key.name}”?`}
                              confirmText="Revoke key"
                              record="api-keys"
                              run={() => revokeApiKey(key.id)}
                              onDone={() => toast(`Key “${key.name}” revoked`)}
                            >
                              Scripts using it get 401 from their very next request. This cannot be undone.
                            </ConfirmedRowAction>
                          )}
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
    </div>
  );
}
