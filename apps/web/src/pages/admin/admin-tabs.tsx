import { NavLink } from 'react-router-dom';
import { useIsAdmin } from '../../auth/session-context';
import { EmptyState } from '../../layout/states';

const tabClass = ({ isActive }: { isActive: boolean }) => `tab${isActive ? ' is-active' : ''}`;

/** API keys and users (admins only), the fx rates (editors change them) and the supply-risk scores (admins change them). */
export function AdminTabs() {
  const isAdmin = useIsAdmin();
  return (
    <nav className="tabs" aria-label="Administration">
      {isAdmin ? (
        <>
          <NavLink to="/admin/api-keys" className={tabClass}>
            API keys
          </NavLink>
          <NavLink to="/admin/users" className={tabClass}>
            Users
          </NavLink>
        </>
      ) : null}
      <NavLink to="/fx-rates" className={tabClass}>
        fx rates
      </NavLink>
      <NavLink to="/risk-scores" className={tabClass}>
        Risk scores
      </NavLink>
    </nav>
  );
}

/** What a non-admin sees at an admin address (the API answers 403 to their calls anyway). */
export function AdminOnly() {
  return (
    <EmptyState title="Only administrators can open this page">
      Ask an administrator for the access you need.
    </EmptyState>
  );
}
