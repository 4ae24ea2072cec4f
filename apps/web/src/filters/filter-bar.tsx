import { COMMODITIES, COUNTRIES, CURRENCIES, TRANSPORT_MODES } from '@tradeflow/domain';
import { useQuery } from '@tanstack/react-query';
import { useId, useMemo, useState } from 'react';
import { settingsQuery } from '../api/settings';
import { colourFor, COMMON_CURRENCIES, COMMON_ORIGINS } from '../charts/palette';
import { rangeText } from '../layout/page-header';
import { modeLabel } from '../format/labels';
import {
  activeFilterCount,
  ALL_IMPORTERS,
  DEFAULT_FILTERS,
  type DashboardGranularity,
  OPEN_FROM,
  OPEN_TO,
} from './dashboard-filters';
import {
  matchingPreset,
  RANGE_PRESETS,
  type RangePresetId,
  RELATIVE_PERIODS,
  relativePeriodOf,
} from './date-ranges';
import { MultiSelect, type Option } from './multi-select';
import { SaveViewButton } from './save-view-button';
import { Segmented } from './segmented';
import { useDashboardFilters } from './use-dashboard-filters';
import { fiscalYearSpan } from '../format/dates';
import { baseUnit, type DisplayUnit, UNIT_NAMES, UNIT_SYMBOLS } from '../format/units';
import { Icon } from '../layout/icon';

const COUNTRIES_BY_NAME = [...COUNTRIES].sort((a, b) => a.name.localeCompare(b.name));
const COMMODITY_OPTIONS: Option[] = COMMODITIES.map((c) => ({ value: c.code, label: c.name }));
const ORIGIN_OPTIONS: Option[] = COUNTRIES_BY_NAME.map((c) => ({
  value: c.code,
  label: c.name,
  hint: c.code,
  colour: colourFor('origin', c.code),
}));
const CURRENCY_OPTIONS: Option[] = CURRENCIES.map((c) => ({ value: c.code, label: c.code, hint: c.name }));
const MODE_OPTIONS: Option[] = TRANSPORT_MODES.map((mode) => ({ value: mode, label: modeLabel(mode) }));

function granularityOptions(fiscalStartMonth: number) {
  return [
    { value: 'day', label: 'D', title: 'Daily' },
    { value: 'week', label: 'W', title: 'Weekly (ISO weeks)' },
    { value: 'month', label: 'M', title: 'Monthly' },
    { value: 'quarter', label: 'Q', title: 'Quarterly' },
    { value: 'year', label: 'Y', title: 'Yearly' },
    { value: 'fiscal_year', label: 'FY', title: `Fiscal years (${fiscalYearSpan(fiscalStartMonth)})` },
  ] satisfies { value: DashboardGranularity; label: string; title: string }[];
}

const unitOption = (value: DisplayUnit) => ({
  value,
  label: UNIT_SYMBOLS[value],
  title: value === 't' ? 'Metric tonnes' : UNIT_NAMES[value].replace(/^./, (c) => c.toUpperCase()),
});
const VOLUME_UNIT_OPTIONS = (['t', 'bbl'] as const).map(unitOption);
const ALL_UNIT_OPTIONS = (['t', 'bbl', 'tpd', 'bpd', 'kbd'] as const).map(unitOption);

/** Which units a page offers: totals and flow rates, totals only (no periods to divide by), or none. */
export type UnitsChoice = 'all' | 'volume' | false;

interface FilterBarProps {
  /** Pages that show no time series hide the granularity switch. */
  showGranularity?: boolean;
  showUnits?: UnitsChoice;
  /** Pages that do not filter shipments (targets) hide commodity, origin, currency and mode. */
  showCodes?: boolean;
}

/** The global filters: every change goes into the URL. */
export function FilterBar({ showGranularity = true, showUnits = 'all', showCodes = true }: FilterBarProps) {
  const { filters, range, importer, today, setFilters } = useDashboardFilters();
  const settings = useQuery(settingsQuery);
  const granularities = useMemo(
    () => granularityOptions(settings.data?.fiscalYearStartMonth ?? 7),
    [settings.data?.fiscalYearStartMonth],
  );
  const [openOnPhone, setOpenOnPhone] = useState(false);
  const panelId = useId();
  const fromId = useId();
  const toId = useId();
  const presetId = useId();
  const importerId = useId();
  const importerHintId = useId();
  const homeCountry = settings.data?.homeCountry;
  const preset = useMemo(
    () =>
      (filters.range === 'default'
        ? '12m'
        : filters.range === 'relative'
          ? RELATIVE_PERIODS.find((period) => period.id === filters.period)?.preset
          : matchingPreset(range, today)) ?? 'custom',
    [filters.range, filters.period, range, today],
  );
  const count = activeFilterCount(filters);

  const choosePreset = (id: RangePresetId | 'custom') => {
    if (id === 'custom') return;
    if (id === '12m') return setFilters({ range: 'default', from: null, to: null });
    if (id === 'all') return setFilters({ range: 'all', from: null, to: null });
    // The link names the period, not its dates, so it rolls forward when opened on a later day.
    const period = relativePeriodOf(id);
    if (period) setFilters({ range: 'relative', period, from: null, to: null });
  };

  const setDate = (which: 'from' | 'to', value: string) => {
    const base = range ?? { from: null, to: null };
    const next = { from: base.from, to: base.to, [which]: value || null };
    setFilters({ range: 'custom', from: next.from, to: next.to });
  };

  return (
    <div className="filter-bar" role="search" aria-label="Filters">
      <div className="filter-bar-phone">
        <button
          type="button"
          className="button button-secondary"
          aria-expanded={openOnPhone}
          aria-controls={panelId}
          onClick={() => setOpenOnPhone((value) => !value)}
        >
          <Icon name="filters" />
          Filters{count ? ` (${count})` : ''}
        </button>
        <span className="filter-bar-range">{rangeText(range)}</span>
      </div>
      <div className={`filter-bar-fields${openOnPhone ? ' is-open' : ''}`} id={panelId}>
        {showCodes ? (
          <div className="field field-importer">
            <label className="field-label" htmlFor={importerId}>
              Importing country
            </label>
            <select
              id={importerId}
              className="input"
              value={importer ?? ''}
              aria-describedby={importer === ALL_IMPORTERS ? importerHintId : undefined}
              // The home country is the default: choosing it leaves the address clean.
              onChange={(event) =>
                setFilters({ destination: event.target.value === homeCountry ? null : event.target.value })
              }
            >
              {importer === null ? <option value="">Loading…</option> : null}
              <option value={ALL_IMPORTERS}>All importers</option>
              {homeCountry ? (
                <option value={homeCountry}>
                  {COUNTRIES_BY_NAME.find((c) => c.code === homeCountry)?.name ?? homeCountry} (home)
                </option>
              ) : null}
              {COUNTRIES_BY_NAME.filter((c) => c.code !== homeCountry).map((country) => (
                <option key={country.code} value={country.code}>
                  {country.name}
                </option>
              ))}
            </select>
            {importer === ALL_IMPORTERS ? (
              <p className="field-hint" id={importerHintId}>
                Shares and HHI are computed across importers
              </p>
            ) : null}
          </div>
        ) : null}
        <div className="field">
          <label className="field-label" htmlFor={presetId}>
            Period
          </label>
          <select
            id={presetId}
            className="input"
            value={preset}
            onChange={(event) => choosePreset(event.target.value as RangePresetId | 'custom')}
          >
            {RANGE_PRESETS.map((p) => (
              <option key={p.id} value={p.id}>
                {p.label}
              </option>
            ))}
            <option value="custom" disabled={preset !== 'custom'}>
              Custom
            </option>
          </select>
        </div>
        <div className="field field-date">
          <label className="field-label" htmlFor={fromId}>
            From
          </label>
          <input
            id={fromId}
            type="date"
            className="input"
            value={range?.from && range.from !== OPEN_FROM ? range.from : ''}
            max={range?.to}
            onChange={(event) => setDate('from', event.target.value)}
          />
        </div>
        <div className="field field-date">
          <label className="field-label" htmlFor={toId}>
            To
          </label>
          <input
            id={toId}
            type="date"
            className="input"
            value={range?.to && range.to !== OPEN_TO ? range.to : ''}
            min={range?.from}
            onChange={(event) => setDate('to', event.target.value)}
          />
        </div>
        {showCodes ? (
          <>
            <MultiSelect
              label="Commodity"
              options={COMMODITY_OPTIONS}
              selected={filters.commodity}
              onChange={(commodity, options) => setFilters({ commodity }, options)}
            />
            <MultiSelect
              label="Origin"
              options={ORIGIN_OPTIONS}
              pinned={COMMON_ORIGINS}
              selected={filters.origin}
              onChange={(origin, options) => setFilters({ origin }, options)}
            />
            <MultiSelect
              label="Currency"
              options={CURRENCY_OPTIONS}
              pinned={COMMON_CURRENCIES}
              selected={filters.currency}
              onChange={(currency, options) => setFilters({ currency }, options)}
            />
            <MultiSelect
              label="Mode"
              options={MODE_OPTIONS}
              selected={filters.mode}
              onChange={(mode, options) => setFilters({ mode }, options)}
            />
          </>
        ) : null}
        {showGranularity ? (
          <Segmented<DashboardGranularity>
            label="Granularity"
            value={filters.granularity}
            options={granularities}
            onChange={(granularity) => setFilters({ granularity })}
          />
        ) : null}
        {showUnits ? (
          <Segmented<DisplayUnit>
            label="Units"
            // A page without periods shows the total a rate is made of (barrels for kb/d).
            value={showUnits === 'volume' ? baseUnit(filters.units) : filters.units}
            options={showUnits === 'volume' ? VOLUME_UNIT_OPTIONS : ALL_UNIT_OPTIONS}
            onChange={(units) => setFilters({ units })}
          />
        ) : null}
        <div className="field field-reset">
          <button
            type="button"
            className="button button-ghost"
            disabled={count === 0 && filters.granularity === 'month' && filters.units === 't'}
            onClick={() => setFilters({ ...DEFAULT_FILTERS })}
          >
            Reset
          </button>
          <SaveViewButton />
        </div>
      </div>
    </div>
  );
}
