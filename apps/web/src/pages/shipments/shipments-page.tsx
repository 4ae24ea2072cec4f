import type { Shipment } from '@tradeflow/domain';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { Link, useLocation, useSearchParams } from 'react-router-dom';
import { ApiError } from '../../api/http';
import { deleteShipment, shipmentListQuery } from '../../api/shipments';
import { useCanWrite } from '../../auth/session-context';
import { colourFor } from '../../charts/palette';
import { MultiSelect } from '../../filters/multi-select';
import { useDashboardFilters } from '../../filters/use-dashboard-filters';
import { formatDate } from '../../format/dates';
import {
  commodityLabel,
  commodityShortLabel,
  countryLabel,
  routeLabel,
  STATUS_LABELS,
} from '../../format/labels';
import { formatAmount, formatInteger, formatVolume } from '../../format/numbers';
import { ConfirmDialog } from '../../layout/confirm-dialog';
import { describeFilters, PageHeader } from '../../layout/page-header';
import { EmptyState, ErrorState, Skeleton } from '../../layout/states';
import { useToast } from '../../layout/toasts';
import { fieldLabel, NO_PORT_KEY, portName, routeKey } from '@tradeflow/domain';
import { baseUnit } from '../../format/units';
import {
  exportCsvUrl,
  listApiQuery,
  nextSort,
  PAGE_SIZES,
  parseListParams,
  type ShipmentListParams,
  type SortColumn,
  writeListParams,
} from './shipment-list-params';
import { Icon } from '../../layout/icon';
import { useWrite } from '../../api/writes';

const STATUS_OPTIONS = Object.entries(STATUS_LABELS).map(([value, label]) => ({ value, label }));

// Phones show rows as cards without column headers, so sorting is a menu there.
const PHONE_SORTS = [
  { value: 'arrivalDate:desc', label: 'Newest arrivals' },
  { value: 'arrivalDate:asc', label: 'Oldest arrivals' },
  { value: 'volumeTonnes:desc', label: 'Largest volume' },
  { value: 'volumeTonnes:asc', label: 'Smallest volume' },
  { value: 'reference:asc', label: 'Reference A–Z' },
  { value: 'originCountry:asc', label: 'Origin A–Z' },
  { value: 'commodity:asc', label: 'Commodity A–Z' },
  { value: 'transportMode:asc', label: 'Mode A–Z' },
  { value: 'status:asc', label: 'Status A–Z' },
  { value: 'reference:desc', label: 'Reference Z–A' },
  { value: 'originCountry:desc', label: 'Origin Z–A' },
  { value: 'commodity:desc', label: 'Commodity Z–A' },
  { value: 'transportMode:desc', label: 'Mode Z–A' },
  { value: 'status:desc', label: 'Status Z–A' },
];

const COLUMNS: { key: SortColumn | null; label: string; numeric?: boolean; phone?: boolean }[] = [
  { key: 'arrivalDate', label: 'Arrival', phone: true },
  { key: 'reference', label: 'Reference', phone: true },
  { key: 'commodity', label: 'Commodity' },
  { key: 'originCountry', label: 'Origin', phone: true },
  { key: 'transportMode', label: 'Route' },
  { key: 'volumeTonnes', label: 'Volume', numeric: true, phone: true },
  { key: null, label: 'Value', numeric: true },
  { key: 'status', label: 'Status' },
];

export function ShipmentsPage() {
  const { filters, range, apiParams, importer } = useDashboardFilters();
  const [searchParams, setSearchParams] = useSearchParams();
  const query = searchParams.toString();
  const list = useMemo(() => parseListParams(new URLSearchParams(query)), [query]);
  const location = useLocation();
  const toast = useToast();
  const canWrite = useCanWrite();
  const searchId = useId();
  const [search, setSearch] = useState(list.q);
  const [deleting, setDeleting] = useState<Shipment | null>(null);
  // Deleted by someone else already (404): the list is stale too, so that counts as a write.
  const removeShipment = useWrite(
    'shipments',
    (shipment: Shipment) =>
      deleteShipment(shipment.id).then(
        () => 'deleted' as const,
        (error: unknown) => {
          if (error instanceof ApiError && error.status === 404) return 'already deleted' as const;
          throw error;
        },
      ),
    {
      onSuccess: (outcome, shipment) => {
        if (outcome === 'deleted') toast(`Shipment ${shipment.reference} deleted`);
        else toast('That shipment had already been deleted', 'error');
        setDeleting(null);
      },
    },
  );

  const page = useQuery(shipmentListQuery(listApiQuery(apiParams, list)));
  const listRef = useRef<HTMLElement>(null);
  // Another page of the list starts at its top, not where the "Next" button was.
  const goToPage = (offset: number) => {
    update({ offset });
    listRef.current?.scrollIntoView({ block: 'start' });
  };

  const update = (patch: Partial<ShipmentListParams>, replace = false) =>
    setSearchParams((current) => writeListParams({ ...parseListParams(current), ...patch }, current), {
      replace,
    });

  // Typing searches after a pause; the URL keeps one entry per search, not one per key.
  useEffect(() => {
    if (search.trim() === list.q.trim()) return;
    const timer = setTimeout(() => update({ q: search, offset: 0 }, true), 300);
    return () => clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [search]);
  useEffect(() => setSearch(list.q), [list.q]);

  const data = page.data;
  const first = data && data.total ? list.offset + 1 : 0;
  const last = data ? list.offset + data.items.length : 0;
  const returnTo = `${location.pathname}${location.search}`;

  return (
    <div className={`page${page.isPlaceholderData ? ' is-updating' : ''}`}>
      <PageHeader
        title="Shipments"
        subtitle={describeFilters(filters, range, importer)}
        aside={
          <div className="header-actions">
            <a
              className="button button-secondary"
              href={exportCsvUrl(apiParams, list)}
              download
              title="Every shipment of these filters, search and sort, in the import format"
            >
              Export CSV
            </a>
            {canWrite ? (
              <>
                <Link
                  className="button button-secondary"
                  to={`/shipments/import${location.search}`}
                  state={{ from: returnTo }}
                >
                  <Icon name="upload" />
                  Import CSV
                </Link>
                <Link
                  className="button button-primary"
                  to={`/shipments/new${location.search}`}
                  state={{ from: returnTo }}
                >
                  <Icon name="plus" />
                  Add shipment
                </Link>
              </>
            ) : null}
          </div>
        }
      />

      <section className="card shipment-list" aria-label="Shipment list" ref={listRef}>
        <div className="table-toolbar">
          <div className="field field-search">
            <label className="field-label" htmlFor={searchId}>
              Search
            </label>
            <input
              id={searchId}
              type="search"
              className="input"
              placeholder="Reference, vessel, importer, notes"
              value={search}
              onChange={(event) => setSearch(event.target.value)}
            />
          </div>
          <MultiSelect
            label="Status"
            options={STATUS_OPTIONS}
            selected={list.status}
            onChange={(status, options) => update({ status, offset: 0 }, options.replace)}
          />
          <div className="field show-phone-block">
            <label className="field-label" htmlFor={`${searchId}-sort`}>
              Sort
            </label>
            <select
              id={`${searchId}-sort`}
              className="input"
              value={`${list.sort.column}:${list.sort.direction}`}
              onChange={(event) => {
                const [column, direction] = event.target.value.split(':') as [SortColumn, 'asc' | 'desc'];
                update({ sort: { column, direction }, offset: 0 });
              }}
            >
              {PHONE_SORTS.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </select>
          </div>
          {list.route.length || list.dischargePort.length ? (
            <ul className="chips list-chips" aria-label="Flow filters">
              {list.route.map((key) => (
                <li key={`route-${key}`} className="chip">
                  Route: {routeLabel(key)}
                  <button
                    type="button"
                    aria-label={`Show every route, not only ${routeLabel(key)}`}
                    onClick={() => update({ route: list.route.filter((r) => r !== key), offset: 0 })}
                  >
                    ×
                  </button>
                </li>
              ))}
              {list.dischargePort.map((code) => {
                const name = code === NO_PORT_KEY ? 'none (overland)' : `${portName(code) ?? code} (${code})`;
                return (
                  <li key={`port-${code}`} className="chip">
                    Discharge port: {name}
                    <button
                      type="button"
                      aria-label={`Show every discharge port, not only ${name}`}
                      onClick={() =>
                        update({ dischargePort: list.dischargePort.filter((p) => p !== code), offset: 0 })
                      }
                    >
                      ×
                    </button>
                  </li>
                );
              })}
            </ul>
          ) : null}
          <p className="table-count" role="status" aria-live="polite">
            {data
              ? data.total
                ? `${formatInteger(first)}–${formatInteger(last)} of ${formatInteger(data.total)}`
                : 'No shipments'
              : ''}
          </p>
        </div>

        {page.isPending ? (
          <div className="card-body">
            <Skeleton height={420} label="Loading shipments" />
          </div>
        ) : page.isError && !data ? (
          <ErrorState error={page.error} onRetry={() => void page.refetch()} />
        ) : data && data.items.length === 0 ? (
          <EmptyState title="No shipments match">
            {list.q || list.status.length || list.route.length || list.dischargePort.length
              ? 'Clear the search, the status or the flow filters, or widen the period.'
              : 'Widen the period or clear some filters.'}
          </EmptyState>
        ) : data ? (
          <div className="table-scroll">
            <table className="data-table shipments-table">
              <caption className="visually-hidden">
                Shipments, sorted by {fieldLabel(list.sort.column)}{' '}
                {list.sort.direction === 'asc' ? 'ascending' : 'descending'}
              </caption>
              <thead>
                <tr>
                  {COLUMNS.map((column) => {
                    const sorted = column.key !== null && list.sort.column === column.key;
                    return (
                      <th
                        key={column.label}
                        scope="col"
                        className={`${column.numeric ? 'numeric' : ''}${column.phone ? '' : ' hide-phone'}`}
                        aria-sort={
                          sorted ? (list.sort.direction === 'asc' ? 'ascending' : 'descending') : undefined
                        }
                      >
                        {column.key ? (
                          <button
                            type="button"
                            className={`sort-button${sorted ? ' is-sorted' : ''}`}
                            onClick={() =>
                              update({ sort: nextSort(list.sort, column.key as SortColumn), offset: 0 })
                            }
                          >
                            {column.label}
                            <span aria-hidden="true" className="sort-arrow">
                              {sorted ? (list.sort.direction === 'asc' ? '↑' : '↓') : '↕'}
                            </span>
                          </button>
                        ) : (
                          column.label
                        )}
                      </th>
                    );
                  })}
                  {canWrite ? (
                    <th scope="col" className="actions-col">
                      <span className="visually-hidden">Actions</span>
                    </th>
                  ) : null}
                </tr>
              </thead>
              <tbody>
                {data.items.map((shipment) => (
                  <tr key={shipment.id} data-reference={shipment.reference}>
                    <td className="cell-date">{formatDate(shipment.arrivalDate)}</td>
                    <th scope="row" className="reference-cell">
                      <Link
                        to={`/shipments/${shipment.id}${location.search}`}
                        state={{ from: returnTo }}
                        title={`Details, route, sources and history of ${shipment.reference}`}
                      >
                        {shipment.reference}
                      </Link>
                      {shipment.sourceCount ? (
                        <span
                          className="source-count"
                          title={`${shipment.sourceCount} source${shipment.sourceCount === 1 ? '' : 's'} recorded`}
                        >
                          {shipment.sourceCount} src
                        </span>
                      ) : null}
                    </th>
                    <td className="hide-phone">{commodityShortLabel(shipment.commodity)}</td>
                    <td className="cell-origin">
                      <span
                        className="swatch"
                        style={{ background: colourFor('origin', shipment.originCountry) }}
                        aria-hidden="true"
                      />
                      <span className="hide-phone">{countryLabel(shipment.originCountry)}</span>
                      <span className="show-phone">{shipment.originCountry}</span>
                    </td>
                    <td className="hide-phone">
                      {routeLabel(routeKey(shipment.transportMode, shipment.transitCountries ?? []))}
                    </td>
                    <td className="numeric cell-volume">
                      {baseUnit(filters.units) === 't'
                        ? formatVolume(shipment.volumeTonnes, 't')
                        : formatVolume(shipment.volumeBarrels, 'bbl')}
                    </td>
                    <td
                      className="numeric hide-phone"
                      title={
                        shipment.valueAmount === null || !shipment.paymentCurrency
                          ? undefined
                          : formatAmount(shipment.valueAmount, shipment.paymentCurrency)
                      }
                    >
                      {shipment.valueAmount === null || !shipment.paymentCurrency
                        ? '–'
                        : `${formatInteger(shipment.valueAmount)} ${shipment.paymentCurrency}`}
                    </td>
                    <td className="hide-phone">
                      <span className={`pill pill-${shipment.status}`}>{STATUS_LABELS[shipment.status]}</span>
                    </td>
                    {canWrite ? (
                      <td className="actions-col">
                        <Link
                          className="button button-ghost button-small"
                          to={`/shipments/${shipment.id}/edit${location.search}`}
                          state={{ from: returnTo }}
                          aria-label={`Edit ${shipment.reference}`}
                        >
                          Edit
                        </Link>
                        <button
                          type="button"
                          className="button button-ghost button-small button-ghost-danger"
                          onClick={() => {
                            removeShipment.reset();
                            setDeleting(shipment);
                          }}
                          aria-label={`Delete ${shipment.reference}`}
                        >
                          Delete
                        </button>
                      </td>
                    ) : null}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}

        {data && data.total > 0 ? (
          <nav className="pagination" aria-label="Pages">
            <label className="page-size">
              Rows
              <select
                className="input"
                value={list.limit}
                onChange={(event) => update({ limit: Number(event.target.value), offset: 0 })}
              >
                {PAGE_SIZES.map((size) => (
                  <option key={size} value={size}>
                    {size}
                  </option>
                ))}
              </select>
            </label>
            <span className="muted">
              Page {formatInteger(Math.floor(list.offset / list.limit) + 1)} of{' '}
              {formatInteger(Math.max(1, Math.ceil(data.total / list.limit)))}
            </span>
            <button
              type="button"
              className="button button-secondary"
              disabled={list.offset === 0}
              onClick={() => goToPage(Math.max(0, list.offset - list.limit))}
            >
              Previous
            </button>
            <button
              type="button"
              className="button button-secondary"
              disabled={last >= data.total}
              onClick={() => goToPage(list.offset + list.limit)}
            >
              Next
            </button>
          </nav>
        ) : null}
      </section>

      {deleting ? (
        <ConfirmDialog
          title={`Delete shipment ${deleting.reference}?`}
          confirmText="Delete shipment"
          busy={removeShipment.isPending}
          error={removeShipment.error?.message ?? null}
          onCancel={() => setDeleting(null)}
          onConfirm={() => removeShipment.mutate(deleting)}
        >
          <p>
            {formatVolume(deleting.volumeTonnes, 't')} of {commodityLabel(deleting.commodity).toLowerCase()}{' '}
            from {countryLabel(deleting.originCountry)}, arrived {formatDate(deleting.arrivalDate)}. This
            cannot be undone; the totals change at once.
          </p>
        </ConfirmDialog>
      ) : null}
    </div>
  );
}
