import { NavLink, useLocation } from 'react-router-dom';
import { filterSearch, parseFilters } from '../../filters/dashboard-filters';

/** The two what-ifs: supply cut off, or the contracted and in-transit cargoes landing. */
export function WhatIfTabs() {
  const location = useLocation();
  const search = filterSearch(parseFilters(new URLSearchParams(location.search)));
  return (
    <nav className="tabs" aria-label="What-if">
      <NavLink
        end
        to={{ pathname: '/what-if', search }}
        className={({ isActive }) => `tab${isActive ? ' is-active' : ''}`}
      >
        Lose a supplier or route
      </NavLink>
      <NavLink
        to={{ pathname: '/what-if/incoming', search }}
        className={({ isActive }) => `tab${isActive ? ' is-active' : ''}`}
      >
        Incoming cargoes
      </NavLink>
    </nav>
  );
}
