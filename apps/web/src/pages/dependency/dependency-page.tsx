import { useQuery } from '@tanstack/react-query';
import { COMMODITIES, type CommodityCode } from '@tradeflow/domain';
import { type FormEvent, useId, useMemo, useState } from 'react';
import { importDependencyQuery, putDomesticProduction } from '../../api/energy-security';
import { settingsQuery } from '../../api/settings';
import { useCanWrite } from '../../auth/session-context';
import { ChartCard } from '../../charts/chart-card';
import { ShareLinesChart } from '../../charts/share-lines-chart';
import { useDashboardFilters } from '../../filters/use-dashboard-filters';
import { countryLabel } from '../../format/labels';
import { firstItemFieldOf, type FormErrors, formErrorsOf, NO_FORM_ERRORS } from '../../forms/form-errors';
import { FormField } from '../../forms/form-field';
import { describeFilters, PageHeader } from '../../layout/page-header';
import { useToast } from '../../layout/toasts';
import { dependencyModel } from './dependency-model';
import { useWrite } from '../../api/writes';

type ProductionField = 'commodity' | 'month' | 'production' | 'consumption';
const PRODUCTION_FIELD_OF_ITEM: Readonly<Record<string, ProductionField>> = {
  commodity: 'commodity',
  month: 'month',
  productionTonnes: 'production',
  consumptionTonnes: 'consumption',
};
const productionFieldOf = firstItemFieldOf('items', (field) => PRODUCTION_FIELD_OF_ITEM[field] ?? null);

function ProductionForm({ importer, onSaved }: { importer: string; onSaved(): void }) {
  const id = useId();
  const [values, setValues] = useState({
    commodity: 'crude_oil',
    month: '',
    production: '',
    consumption: '',
  });
  // Every answer computed from the data is refetched before onSaved.
  const save = useWrite('production', putDomesticProduction, { onSuccess: () => onSaved() });
  const problems: FormErrors<ProductionField> = save.error
    ? formErrorsOf(save.error, productionFieldOf, 'Could not save the figure.')
    : NO_FORM_ERRORS;
  const busy = save.isPending;
  const number = (text: string) => (text.trim() === '' ? null : Number(text.replace(/[\s,]/g, '')));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate([
      {
        destinationCountry: importer,
        commodity: values.commodity as CommodityCode,
        month: values.month,
        productionTonnes: number(values.production) as number,
        consumptionTonnes: number(values.consumption),
      },
    ]);
  };
  const field = (name: 'month' | 'production' | 'consumption', label: string, props: object) => (
    <FormField compact id={`${id}-${name}`} label={label} error={problems.byField[name]}>
      {(control) => (
        <input
          {...control}
          className="input"
          value={values[name]}
          onChange={(event) => setValues({ ...values, [name]: event.target.value })}
          {...props}
        />
      )}
    </FormField>
  );
  return (
    <form aria-label="Record domestic production" onSubmit={submit}>
      <div className="form-grid form-grid-4">
        <FormField compact id={`${id}-commodity`} label="Commodity" error={problems.byField.commodity}>
          {(control) => (
            <select
              {...control}
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
          )}
        </FormField>
        {field('month', 'Month', { type: 'month', required: true })}
        {field('production', 'Production (t)', {
          inputMode: 'decimal',
          required: true,
          placeholder: '350000',
        })}
        {field('consumption', 'Consumption (t, optional)', { inputMode: 'decimal' })}
      </div>
      {problems.form ? (
        <p className="form-alert" role="alert">
          {problems.form}
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
            <ProductionForm importer={who} onSaved={() => toast('Production saved')} />
          </div>
        </section>
      ) : null}
    </div>
  );
}
