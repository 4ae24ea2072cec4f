import { useQuery } from '@tanstack/react-query';
import { type FxRate, type FxRatesUpsertResult, wordFieldNames } from '@tradeflow/domain';
import type { ChartData, ChartOptions } from 'chart.js';
import { type FormEvent, useId, useMemo, useState } from 'react';
import { fxRatesQuery, upsertFxRates } from '../../api/admin';
import { ApiError } from '../../api/http';
import { useCanWrite } from '../../auth/session-context';
import { ChartFrame } from '../../charts/chart-frame';
import { lineSummary } from '../../charts/chart-summary';
import { colourFor } from '../../charts/palette';
import { downloadText } from '../../charts/table-model';
import { formatDate } from '../../format/dates';
import { currencyLongLabel } from '../../format/labels';
import { formatInteger } from '../../format/numbers';
import {
  type FormErrors,
  firstItemFieldOf,
  formErrorsOf,
  NO_FORM_ERRORS,
  topLevelFieldOf,
} from '../../forms/form-errors';
import { FormField } from '../../forms/form-field';
import { PageHeader } from '../../layout/page-header';
import { EmptyState, ErrorState, Skeleton } from '../../layout/states';
import { useToast } from '../../layout/toasts';
import { AdminTabs } from '../admin/admin-tabs';
import { FX_RATES_CSV_TEMPLATE, ratesByCurrency, readFxRatesCsv } from './fx-rates-model';
import { useWrite } from '../../api/writes';

const today = () => new Date().toISOString().slice(0, 10);
const resultText = (result: FxRatesUpsertResult) =>
  `${formatInteger(result.inserted)} rate${result.inserted === 1 ? '' : 's'} added, ${formatInteger(result.updated)} corrected`;

function RateChart({ currency, rates }: { currency: string; rates: FxRate[] }) {
  const colour = colourFor('currency', currency);
  const data = useMemo<ChartData<'line'>>(
    () => ({
      labels: rates.map((rate) => rate.date),
      datasets: [
        {
          label: `USD per ${currency}`,
          data: rates.map((rate) => rate.usdPerUnit),
          borderColor: colour,
          backgroundColor: colour,
          borderWidth: 2,
          pointRadius: rates.length > 60 ? 0 : 3,
          stepped: 'before',
        },
      ],
    }),
    [rates, currency, colour],
  );
  const options = useMemo<ChartOptions<'line'>>(
    () => ({
      maintainAspectRatio: false,
      plugins: { legend: { display: false } },
      scales: {
        x: { grid: { display: false }, ticks: { maxRotation: 0, autoSkip: true, autoSkipPadding: 16 } },
        y: { title: { display: true, text: `USD per ${currency}` } },
      },
    }),
    [currency],
  );
  return (
    <ChartFrame
      type="line"
      data={data}
      options={options}
      height={240}
      summary={lineSummary(
        `USD per ${currency}`,
        rates.map((rate) => rate.date),
        rates.map((rate) => rate.usdPerUnit),
        (value) => String(value),
      )}
      label={`USD per ${currency}, ${rates.length} rates from ${rates[0]?.date ?? ''} to ${rates[rates.length - 1]?.date ?? ''}`}
    />
  );
}

type RateField = 'currency' | 'date' | 'usdPerUnit';
const rateFieldOf = firstItemFieldOf('rates', topLevelFieldOf<RateField>(['currency', 'date', 'usdPerUnit']));

/** What a form that stores rates is told: before the write (the page keeps its currency), and after the refetch. */
interface RatesWriteProps {
  onSaving(): void;
  onSaved(result: FxRatesUpsertResult, currency: string): void;
}

/** Storing rates: the rates refetched (and every USD value with them) before `onSaved`. */
function useSaveRates({ onSaving, onSaved }: RatesWriteProps) {
  return useWrite('fx-rates', upsertFxRates, {
    onMutate: onSaving,
    onSuccess: (result, rates) => onSaved(result, rates[0]?.currency ?? ''),
  });
}

function RateForm({
  initial,
  ...write
}: RatesWriteProps & { initial: { currency: string; date: string; usdPerUnit: string } }) {
  const id = useId();
  const [values, setValues] = useState(initial);
  const save = useSaveRates(write);
  const problems: FormErrors<RateField> = save.error
    ? formErrorsOf(save.error, rateFieldOf, 'Could not save the rate.')
    : NO_FORM_ERRORS;
  const busy = save.isPending;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const currency = values.currency.trim().toUpperCase();
    save.mutate([{ currency, date: values.date, usdPerUnit: Number(values.usdPerUnit) }]);
  };
  const input = (field: RateField, label: string, props: object) => (
    <FormField compact id={`${id}-${field}`} label={label} error={problems.byField[field]}>
      {(control) => (
        <input
          {...control}
          className="input"
          value={values[field]}
          onChange={(event) => setValues({ ...values, [field]: event.target.value })}
          required
          {...props}
        />
      )}
    </FormField>
  );
  return (
    <form className="fx-form" aria-label="Add or correct a rate" onSubmit={submit}>
      <div className="form-grid form-grid-3">
        {input('currency', 'Currency (ISO 4217)', {
          maxLength: 3,
          placeholder: 'CNY',
          className: 'input input-code',
        })}
        {input('date', 'From date', { type: 'date' })}
        {input('usdPerUnit', 'USD per unit', { inputMode: 'decimal', placeholder: '0.1406' })}
      </div>
      {problems.form ? (
        <p className="form-alert" role="alert">
          {problems.form}
        </p>
      ) : null}
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? 'Saving…' : 'Save rate'}
        </button>
      </div>
      <p className="muted">A rate for a currency and date that is stored already replaces it.</p>
    </form>
  );
}

/** What the API refused in an uploaded file, one line per field error. */
function uploadProblemsOf(error: Error): string[] {
  if (!(error instanceof ApiError)) return ['That did not work'];
  return error.fieldErrors.length
    ? error.fieldErrors.map((e) => wordFieldNames(`${e.field}: ${e.message}`))
    : [error.message];
}

function CsvUploadForm(write: RatesWriteProps) {
  const id = useId();
  // What the file itself has wrong, found before anything is sent.
  const [unreadable, setUnreadable] = useState<string[]>([]);
  const save = useSaveRates(write);
  const problems = save.error ? uploadProblemsOf(save.error) : unreadable;
  const busy = save.isPending;
  const upload = async (file: File) => {
    setUnreadable([]);
    save.reset();
    const read = readFxRatesCsv(await file.text());
    if (read.problems.length) return setUnreadable(read.problems);
    save.mutate(read.rates);
  };
  return (
    <div className="fx-upload">
      <div className="field">
        <label className="field-label" htmlFor={`${id}-file`}>
          CSV file (currency,date,usd_per_unit)
        </label>
        <input
          id={`${id}-file`}
          type="file"
          accept=".csv,text/csv"
          disabled={busy}
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) void upload(file);
            event.target.value = '';
          }}
        />
      </div>
      <button
        type="button"
        className="button button-ghost button-small"
        onClick={() => downloadText('fx-rates-template.csv', FX_RATES_CSV_TEMPLATE)}
      >
        Download the CSV template
      </button>
      <p className="muted">All rates of the file are stored, or none when one is wrong (up to 10,000).</p>
      {problems.length ? (
        <div className="form-alert" role="alert">
          <p>Nothing was stored:</p>
          <ul>
            {problems.slice(0, 20).map((text) => (
              <li key={text}>{text}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}

/** fx rates: per currency a chart and a table, one rate added or corrected, or a CSV of them. */
export function FxRatesPage() {
  const rates = useQuery(fxRatesQuery);
  const canWrite = useCanWrite();
  const toast = useToast();
  const groups = useMemo(() => ratesByCurrency(rates.data ?? []), [rates.data]);
  const [chosen, setChosen] = useState<string | null>(null);
  const [editing, setEditing] = useState<{ currency: string; date: string; usdPerUnit: string } | null>(null);
  const current = groups.find((group) => group.currency === chosen) ?? groups[0];
  // The currency on screen stays on screen (kept before the refetch may list a new one first); the
  // first rate ever saved brings its own.
  const keepShown = () => setChosen(current?.currency ?? null);
  const saved = (result: FxRatesUpsertResult, currency: string) => {
    setChosen((shown) => shown ?? currency);
    setEditing(null);
    toast(resultText(result));
  };

  return (
    <div className="page">
      <PageHeader
        title="fx rates"
        subtitle="USD per unit of each payment currency; a rate applies from its date until the next one"
      />
      <AdminTabs />
      <div className="fx-layout">
        <section className="card" aria-label="Rates per currency">
          {rates.isPending ? (
            <Skeleton height={280} label="Loading fx rates" />
          ) : rates.isError ? (
            <ErrorState error={rates.error} onRetry={() => void rates.refetch()} />
          ) : !current ? (
            <EmptyState title="No fx rates yet">
              Without rates, USD values count only shipments paid in USD.
              {canWrite ? ' Add a rate or upload a CSV of them.' : null}
            </EmptyState>
          ) : (
            <>
              <div className="card-head">
                <div className="card-titles">
                  <h2 className="card-title">{currencyLongLabel(current.currency)}</h2>
                  <p className="card-subtitle">{formatInteger(current.rates.length)} rates</p>
                </div>
                <div className="card-actions">
                  <label className="field-label" htmlFor="fx-currency">
                    Currency
                  </label>
                  <select
                    id="fx-currency"
                    className="input"
                    value={current.currency}
                    onChange={(event) => setChosen(event.target.value)}
                  >
                    {groups.map((group) => (
                      <option key={group.currency} value={group.currency}>
                        {group.currency} ({group.rates.length})
                      </option>
                    ))}
                  </select>
                </div>
              </div>
              <RateChart currency={current.currency} rates={current.rates} />
              <div
                className="table-scroll fx-table"
                tabIndex={0}
                role="region"
                aria-label={`${current.currency} rates (table)`}
              >
                <table className="data-table">
                  <caption className="visually-hidden">{current.currency} rates, newest first</caption>
                  <thead>
                    <tr>
                      <th scope="col">From</th>
                      <th scope="col" className="numeric">
                        USD per {current.currency}
                      </th>
                      {canWrite ? (
                        <th scope="col">
                          <span className="visually-hidden">Actions</span>
                        </th>
                      ) : null}
                    </tr>
                  </thead>
                  <tbody>
                    {[...current.rates].reverse().map((rate) => (
                      <tr key={rate.date}>
                        <th scope="row">{formatDate(rate.date)}</th>
                        <td className="numeric">{rate.usdPerUnit}</td>
                        {canWrite ? (
                          <td>
                            <button
                              type="button"
                              className="button button-ghost button-small"
                              aria-label={`Correct ${rate.currency} ${rate.date}`}
                              onClick={() =>
                                setEditing({
                                  currency: rate.currency,
                                  date: rate.date,
                                  usdPerUnit: String(rate.usdPerUnit),
                                })
                              }
                            >
                              Correct
                            </button>
                          </td>
                        ) : null}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </>
          )}
        </section>
        {canWrite ? (
          <div className="fx-side">
            <section className="card form-card" aria-label="Add or correct one rate">
              <h2 className="form-card-title">
                {editing ? `Correct ${editing.currency} ${editing.date}` : 'Add a rate'}
              </h2>
              <RateForm
                key={editing ? `${editing.currency}-${editing.date}` : 'new'}
                initial={editing ?? { currency: current?.currency ?? '', date: today(), usdPerUnit: '' }}
                onSaving={keepShown}
                onSaved={saved}
              />
            </section>
            <section className="card form-card" aria-label="Upload a CSV of rates">
              <h2 className="form-card-title">Upload a CSV</h2>
              <CsvUploadForm onSaving={keepShown} onSaved={saved} />
            </section>
          </div>
        ) : null}
      </div>
    </div>
  );
}
