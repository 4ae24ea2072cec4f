import { createBrowserRouter } from 'react-router-dom';
import { AppShell, type RouteHandle } from './layout/app-shell';
import { NotFoundPage, RouteError } from './layout/route-error';
import { OverviewPage } from './pages/overview/overview-page';

const allFilters: RouteHandle = { filters: { granularity: true, units: true } };

/** The overview is in the first bundle; every other page is a chunk loaded when first visited. */
export function createRouter() {
  return createBrowserRouter([
    {
      element: <AppShell />,
      errorElement: <RouteError />,
      children: [
        { index: true, element: <OverviewPage />, handle: allFilters },
        {
          path: 'what-if',
          handle: { filters: { granularity: true, units: false } } satisfies RouteHandle,
          lazy: () => import('./pages/what-if/what-if-page').then((m) => ({ Component: m.WhatIfPage })),
        },
        {
          path: 'shipments',
          handle: { filters: { granularity: false, units: true } } satisfies RouteHandle,
          lazy: () =>
            import('./pages/shipments/shipments-page').then((m) => ({ Component: m.ShipmentsPage })),
        },
        {
          path: 'shipments/new',
          lazy: () =>
            import('./pages/shipments/shipment-edit-page').then((m) => ({ Component: m.NewShipmentPage })),
        },
        {
          path: 'shipments/import',
          lazy: () => import('./pages/shipments/import-page').then((m) => ({ Component: m.ImportPage })),
        },
        {
          path: 'shipments/:id/edit',
          lazy: () =>
            import('./pages/shipments/shipment-edit-page').then((m) => ({ Component: m.EditShipmentPage })),
        },
        {
          path: 'reports',
          handle: { filters: { granularity: true, units: false } } satisfies RouteHandle,
          lazy: () => import('./pages/reports/reports-page').then((m) => ({ Component: m.ReportsPage })),
        },
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ]);
}
