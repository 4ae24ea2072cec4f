import { useQuery, useQueryClient } from '@tanstack/react-query';
import { COMMODITIES, type CommodityCode, wordFieldNames } from '@tradeflow/domain';
import { type FormEvent, useId, useMemo, useState } from 'react';
import { importDependencyQuery, putDomesticProduction } from '../../api/energy-security';
import { ApiError } from '../../api/http';
import { settingsQuery } from '../../api/settings';
import { useCanWrite } from '../../auth/session-context';
import { ChartCard } from '../../charts/chart-card';
import { ShareLinesChart } from '../../charts/share-lines-chart';
import { useDashboardFilters } from '../../filters/use-dashboard-filters';
import { countryLabel } from '../../format/labels';
import { describeFilters, PageHeader } from '../../layout/page-header';
import { useToast } from '../../layout/toasts';
import { dependencyModel } from './dependency-model';

const FIELD_WORDS: Record<string, string> = {
  destinationCountry: 'importing country',
  commodity: 'commodity',
  month: 'month',
  productionTonnes: 'production',
  consumptionTonnes: 'consumption',
};

function ProductionForm({ importer, onSaved }: { importer: string; onSaved(): void }) {
  const id = useId();
  const [values, setValues] = useState({
    commodity: 'crude_oil',
    month: '',
    production: '',
    consumption: '',
  });
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const number = (text: string) => (text.trim() === '' ? null : Number(text.replace(/[\s,]/g, '')));
  const problem = (field: string) => {
    const found = error?.fieldErrors.find((item) => item.field === `items[0].${field}`);
    return found ? `The ${FIELD_WORDS[field] ?? field} ${found.message}` : undefined;
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await putDomesticProduction([
        {
          destinationCountry: importer,
          commodity: values.commodity as CommodityCode,
          month: values.month,
          productionTonnes: number(values.production) as number,
          consumptionTonnes: number(values.consumption),
        },
      ]);
      onSaved();
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new ApiError(0, 'That did not work'));
    } finally {
      setBusy(false);
    }
  };
  const field = (
    name: 'month' | 'production' | 'consumption',
    apiField: string,
    label: string,
    props: object,
  ) => (
    <div className="field">
      <label className="field-label" htmlFor={`${id}-${name}`}>
        {label}
      </label>
      <input
        id={`${id}-${name}`}
        className="input"
        value={values[name]}
        aria-invalid={problem(apiField) ? true : undefined}
        onChange={(event) => setValues({ ...values, [name]: event.target.value })}
        {...props}
      />
      {problem(apiField) ? <p className="field-error">{problem(apiField)}</p> : null}
    </div>
  );
  return (
    <form aria-label="Record domestic production" onSubmit={(event) => void submit(event)}>
      <div className="form-grid form-grid-4">
        <div className="field">
          <label className="field-label" htmlFor={`${id}-commodity`}>
            Commodity
          </label>
          <select
            id={`${id}-commodity`}
            className="input"
            value={values.commodity}
            onChange={(event) => setValues({ ...values, commodity: event.target.value })}
          >
            {COMMODITIES.map((commodity) => (
              <option key={commodity.code} value={commodity.code}>
                {commodity.name}
              </option>
            ))}
          </select>
        </div>
        {field('month', 'month', 'Month', { type: 'month', required: true })}
        {field('production', 'productionTonnes', 'Production (t)', {
          inputMode: 'decimal',
          required: true,
          placeholder: '350000',
        })}
        {field('consumption', 'consumptionTonnes', 'Consumption (t, optional)', { inputMode: 'decimal' })}
      </div>
      {error && error.fieldErrors.length === 0 ? (
        <p className="form-alert" role="alert">
          {wordFieldNames(error.message)}
        </p>
      ) : null}
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? 'Saving…' : `Save for ${countryLabel(importer)}`}
        </button>
      </div>
      <p className="muted">
        A figure for a commodity and month that is stored already replaces it; every change is audited.
      </p>
    </form>
  );
}

/** Import dependency: imports / (imports + domestic production) by commodity over time, for one importer. */
export function DependencyPage() {
  const { filters, range, apiParams, importer } = useDashboardFilters();
  const settings = useQuery(settingsQuery);
  const who = importer ?? settings.data?.homeCountry ?? 'PK';
  const params = useMemo(() => {
    const next = new URLSearchParams(apiParams);
    next.set('destination', who);
    return next;
  }, [apiParams, who]);
  const granularity =
    filters.granularity === 'day' || filters.granularity === 'week' ? 'month' : filters.granularity;
  const answer = useQuery(importDependencyQuery(params, granularity));
  const model = useMemo(
    () => (answer.data ? dependencyModel(answer.data, granularity) : null),
    [answer.data, granularity],
  );
  const canWrite = useCanWrite();
  const queryClient = useQueryClient();
  const toast = useToast();
  const fileSuffix = `${who}_${range ? `${range.from}_${range.to}` : 'all-time'}`;
  const hasAny = answer.data?.series.some((series) => series.hasProductionData) ?? false;

  return (
    <div className={`page${answer.isPlaceholderData ? ' is-updating' : ''}`}>
      <PageHeader
        title={`Import dependency of ${countryLabel(who)}`}
        subtitle={describeFilters(filters, range, importer)}
      />
      {answer.data?.note ? (
        <p className="source-note" data-testid="no-production-note">
          {answer.data.note.replace(/ \(PUT \/api\/domestic-production\)\.$/, '.')}
          {canWrite ? ' Record it below.' : ''}
        </p>
      ) : null}
      <div className="grid">
        <ChartCard
          className="span-12"
          title="Import dependency by commodity"
          subtitle={`imports ÷ (imports + domestic production), by ${granularity}; a period counts only when each of its months has a production figure`}
          status={
            answer.isPending
              ? 'loading'
              : answer.isError && !answer.data
                ? 'error'
                : hasAny
                  ? 'ready'
                  : 'empty'
          }
          emptyText="No domestic production recorded for this importer and period: no import dependency can be given."
          error={answer.error}
          onRetry={() => void answer.refetch()}
          table={model?.table ?? null}
          fileSuffix={fileSuffix}
        >
          {model ? (
            <ShareLinesChart
              labels={model.labels}
              lines={model.lines}
              axisTitle="Import dependency (%)"
              label="Lines of the import dependency per commodity and period"
              summary={model.summary}
            />
          ) : null}
        </ChartCard>
      </div>
      {canWrite ? (
        <section className="card" aria-label="Domestic production">
          <div className="card-body">
            <h2 className="card-title">Record domestic production of {countryLabel(who)}</h2>
            <ProductionForm
              importer={who}
              onSaved={() => {
                toast('Production saved');
                void queryClient.invalidateQueries({ queryKey: ['analytics'] });
              }}
            />
          </div>
        </section>
      ) : null}
    </div>
  );
}
