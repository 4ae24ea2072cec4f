import { createBrowserRouter } from 'react-router-dom';
import { AppShell, type RouteHandle } from './layout/app-shell';
import { NotFoundPage, RouteError } from './layout/route-error';
import { OverviewPage } from './pages/overview/overview-page';

const allFilters: RouteHandle = { filters: { granularity: true, units: 'all' } };

/** The overview is in the first bundle; every other page is a chunk loaded when first visited. */
export function createRouter() {
  return createBrowserRouter([
    {
      element: <AppShell />,
      errorElement: <RouteError />,
      children: [
        { index: true, element: <OverviewPage />, handle: allFilters },
        {
          path: 'flows',
          // One diagram over the whole period: totals, no periods to divide by.
          handle: { filters: { granularity: false, units: 'volume' } } satisfies RouteHandle,
          lazy: () => import('./pages/flows/flows-page').then((m) => ({ Component: m.FlowsPage })),
        },
        {
          path: 'what-if',
          handle: { filters: { granularity: true, units: false } } satisfies RouteHandle,
          lazy: () => import('./pages/what-if/what-if-page').then((m) => ({ Component: m.WhatIfPage })),
        },
        {
          path: 'what-if/incoming',
          handle: { filters: { granularity: true, units: false } } satisfies RouteHandle,
          lazy: () => import('./pages/what-if/outlook-page').then((m) => ({ Component: m.OutlookPage })),
        },
        {
          // Its own selection (two sides, each an importer and dates) lives in its own parameters.
          path: 'compare',
          lazy: () => import('./pages/compare/compare-page').then((m) => ({ Component: m.ComparePage })),
        },
        {
          path: 'targets',
          // Targets name their own origin, commodity and unit: only the period and its buckets apply.
          handle: { filters: { granularity: true, units: false, codes: false } } satisfies RouteHandle,
          lazy: () => import('./pages/targets/targets-page').then((m) => ({ Component: m.TargetsPage })),
        },
        {
          path: 'shipments',
          handle: { filters: { granularity: false, units: 'volume' } } satisfies RouteHandle,
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
          path: 'shipments/:id',
          lazy: () =>
            import('./pages/shipments/shipment-detail-page').then((m) => ({
              Component: m.ShipmentDetailPage,
            })),
        },
        {
          path: 'shipments/:id/edit',
          lazy: () =>
            import('./pages/shipments/shipment-edit-page').then((m) => ({ Component: m.EditShipmentPage })),
        },
        {
          path: 'prices',
          // Benchmarks are monthly: day and week buckets are shown by month; prices are per barrel.
          handle: { filters: { granularity: true, units: false } } satisfies RouteHandle,
          lazy: () => import('./pages/prices/prices-page').then((m) => ({ Component: m.PricesPage })),
        },
        {
          path: 'reconciliation',
          // Monthly comparisons in tonnes: the period, commodity and origin filters apply.
          handle: { filters: { granularity: false, units: false } } satisfies RouteHandle,
          lazy: () =>
            import('./pages/reconciliation/reconciliation-page').then((m) => ({
              Component: m.ReconciliationPage,
            })),
        },
        {
          path: 'reports',
          handle: { filters: { granularity: true, units: false } } satisfies RouteHandle,
          lazy: () => import('./pages/reports/reports-page').then((m) => ({ Component: m.ReportsPage })),
        },
        {
          path: 'saved-views',
          lazy: () =>
            import('./pages/saved-views/saved-views-page').then((m) => ({ Component: m.SavedViewsPage })),
        },
        {
          path: 'admin/api-keys',
          lazy: () => import('./pages/admin/api-keys-page').then((m) => ({ Component: m.ApiKeysPage })),
        },
        {
          path: 'admin/users',
          lazy: () => import('./pages/admin/users-page').then((m) => ({ Component: m.UsersPage })),
        },
        {
          path: 'fx-rates',
          lazy: () => import('./pages/fx-rates/fx-rates-page').then((m) => ({ Component: m.FxRatesPage })),
        },
        {
          path: 'risk-scores',
          lazy: () =>
            import('./pages/risk-scores/risk-scores-page').then((m) => ({ Component: m.RiskScoresPage })),
        },
        {
          path: 'dependency',
          handle: { filters: { granularity: true, units: false } } satisfies RouteHandle,
          lazy: () =>
            import('./pages/dependency/dependency-page').then((m) => ({ Component: m.DependencyPage })),
        },
        {
          path: 'alerts',
          lazy: () => import('./pages/alerts/alerts-page').then((m) => ({ Component: m.AlertsPage })),
        },
        {
          path: 'alerts/new',
          lazy: () => import('./pages/alerts/alert-form-page').then((m) => ({ Component: m.NewAlertPage })),
        },
        {
          path: 'alerts/:id/edit',
          lazy: () => import('./pages/alerts/alert-form-page').then((m) => ({ Component: m.EditAlertPage })),
        },
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ]);
}
