import { useQuery } from '@tanstack/react-query';
import { NavLink, Outlet, useLocation, useMatches, useNavigation } from 'react-router-dom';
import { settingsQuery } from '../api/settings';
import { useIsAdmin } from '../auth/session-context';
import { UserMenu } from '../auth/user-menu';
import { FilterBar, type UnitsChoice } from '../filters/filter-bar';
import { filterSearch, parseFilters } from '../filters/dashboard-filters';
import { Logo } from './logo';
import { Spinner } from './states';

export interface RouteHandle {
  /** Which global filters the page uses; no filter bar when absent. */
  filters?: { granularity: boolean; units: UnitsChoice; codes?: boolean };
}

const NAV = [
  { to: '/', label: 'Overview', end: true },
  { to: '/flows', label: 'Flows', end: false },
  { to: '/what-if', label: 'What-if', end: false },
  { to: '/compare', label: 'Compare', end: false },
  { to: '/targets', label: 'Targets', end: false },
  { to: '/prices', label: 'Prices', end: false },
  { to: '/dependency', label: 'Dependency', end: false },
  { to: '/reconciliation', label: 'Reconciliation', end: false },
  { to: '/shipments', label: 'Shipments', end: false },
  { to: '/reports', label: 'Reports', end: false },
  { to: '/saved-views', label: 'Saved views', end: false },
  { to: '/alerts', label: 'Alerts', end: false },
];

export function AppShell() {
  const location = useLocation();
  // Admins see the admin pages in the nav (the API refuses everyone else with 403 anyway).
  const isAdmin = useIsAdmin();
  const navigation = useNavigation();
  const matches = useMatches();
  const handle = [...matches].reverse().find((match) => (match.handle as RouteHandle | undefined)?.filters)
    ?.handle as RouteHandle | undefined;
  // The global filters follow the analyst from page to page.
  const search = filterSearch(parseFilters(new URLSearchParams(location.search)));
  // Pages ask for the home country's imports when the address names no importer: wait for it, so
  // nothing is shown across importers first.
  const settings = useQuery(settingsQuery);

  return (
    <div className="app">
      <a href="#main" className="skip-link">
        Skip to content
      </a>
      {navigation.state === 'loading' ? (
        <div className="route-progress" role="progressbar" aria-label="Loading page" />
      ) : null}
      <header className="topbar">
        <div className="topbar-inner">
          <NavLink to={{ pathname: '/', search }} className="brand" aria-label="tradeflow overview">
            <Logo />
            <span className="brand-name">tradeflow</span>
          </NavLink>
          <nav aria-label="Main" className="main-nav">
            {NAV.map((item) => (
              <NavLink
                key={item.to}
                to={{ pathname: item.to, search }}
                end={item.end}
                className={({ isActive }) => `nav-link${isActive ? ' is-active' : ''}`}
              >
                {item.label}
              </NavLink>
            ))}
            {isAdmin ? (
              <NavLink
                to="/admin/api-keys"
                className={({ isActive }) =>
                  `nav-link${isActive || location.pathname.startsWith('/admin') || location.pathname === '/fx-rates' ? ' is-active' : ''}`
                }
              >
                Admin
              </NavLink>
            ) : null}
          </nav>
          <UserMenu />
        </div>
      </header>
      {handle?.filters ? (
        <div className="filter-strip">
          <FilterBar
            showGranularity={handle.filters.granularity}
            showUnits={handle.filters.units}
            showCodes={handle.filters.codes ?? true}
          />
        </div>
      ) : null}
      <main id="main" className="main" tabIndex={-1}>
        {settings.isPending ? <Spinner label="Loading settings" /> : <Outlet />}
      </main>
    </div>
  );
}
