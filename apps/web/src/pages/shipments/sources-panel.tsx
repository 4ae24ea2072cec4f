import type { Shipment, ShipmentSource, ShipmentSourceInput } from '@tradeflow/domain';
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import {
  addShipmentSource,
  deleteShipmentSource,
  makeSourceRecord,
  shipmentSourcesQuery,
} from '../../api/shipments';
import { COMMON_CURRENCIES } from '../../charts/palette';
import { formatDate } from '../../format/dates';
import { formatAmount, formatVolume } from '../../format/numbers';
import { ConfirmDialog } from '../../layout/confirm-dialog';
import { ErrorState, Skeleton } from '../../layout/states';
import { useToast } from '../../layout/toasts';
import { type FormErrors, formErrorsOf, NO_FORM_ERRORS, topLevelFieldOf } from '../../forms/form-errors';
import { FormField } from '../../forms/form-field';
import { useWrite } from '../../api/writes';

const SOURCE_FIELDS = [
  'url',
  'documentName',
  'publisher',
  'publishedDate',
  'volumeTonnes',
  'valueAmount',
  'paymentCurrency',
  'note',
] as const;
type SourceField = (typeof SOURCE_FIELDS)[number];
const sourceFieldOf = topLevelFieldOf<SourceField>(SOURCE_FIELDS);
type SourceValues = Record<SourceField, string>;

const EMPTY: SourceValues = Object.fromEntries(SOURCE_FIELDS.map((field) => [field, ''])) as SourceValues;

/** The POST body: blanks as null, numbers as numbers when they read as one (the API checks the rest). */
export function toSourceInput(values: SourceValues): ShipmentSourceInput {
  const text = (value: string) => (value.trim() === '' ? null : value.trim());
  const number = (value: string) => {
    const plain = value.replace(/[\s,]/g, '');
    if (plain === '') return null;
    return /^-?\d+(\.\d+)?$/.test(plain) ? Number(plain) : (value as unknown as number);
  };
  return {
    url: text(values.url),
    documentName: text(values.documentName),
    publisher: text(values.publisher),
    publishedDate: text(values.publishedDate),
    volumeTonnes: number(values.volumeTonnes),
    valueAmount: number(values.valueAmount),
    paymentCurrency: text(values.paymentCurrency)?.toUpperCase() ?? null,
    note: values.note.trim() === '' ? null : values.note,
  };
}

/** What the source is called: its document name, else its address. */
const sourceName = (source: ShipmentSource) => source.documentName ?? source.url ?? 'source';

/** How a source's volume stands against the shipment's: '+142 t against the record'. */
export function differenceText(source: ShipmentSource, shipment: Shipment): string | null {
  if (source.volumeTonnes === null || source.isRecord) return null;
  const difference = Math.round((source.volumeTonnes - shipment.volumeTonnes) * 1000) / 1000;
  if (difference === 0) return 'same as the record';
  return `${difference > 0 ? '+' : '\u2212'}${formatVolume(Math.abs(difference), 't')} against the record`;
}

function SourceForm({ shipmentId, onDone }: { shipmentId: string; onDone(): void }) {
  const toast = useToast();
  const [values, setValues] = useState<SourceValues>(EMPTY);
  const add = useWrite('sources', (input: ShipmentSourceInput) => addShipmentSource(shipmentId, input), {
    onSuccess: () => {
      toast('Source added');
      setValues(EMPTY);
      onDone();
    },
  });
  const problems: FormErrors<SourceField> = add.error
    ? formErrorsOf(add.error, sourceFieldOf, 'Could not add the source.')
    : NO_FORM_ERRORS;
  const errors = problems.byField;
  const idPrefix = useId();
  const id = (field: SourceField) => `${idPrefix}-${field}`;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    add.mutate(toSourceInput(values));
  };

  const field = (name: SourceField, label: string, hint?: string, type = 'text', wide = false) => (
    <FormField id={id(name)} label={label} error={errors[name]} hint={hint} wide={wide}>
      {(control) =>
        name === 'note' ? (
          <textarea
            {...control}
            className="input"
            rows={2}
            value={values[name]}
            onChange={(event) => setValues((current) => ({ ...current, [name]: event.target.value }))}
          />
        ) : (
          <input
            {...control}
            className="input"
            type={type}
            value={values[name]}
            list={name === 'paymentCurrency' ? `${idPrefix}-currencies` : undefined}
            inputMode={name === 'volumeTonnes' || name === 'valueAmount' ? 'decimal' : undefined}
            autoComplete="off"
            onChange={(event) => setValues((current) => ({ ...current, [name]: event.target.value }))}
          />
        )
      }
    </FormField>
  );

  return (
    <form className="source-form" onSubmit={submit} noValidate aria-label="Add a source">
      {problems.form ? (
        <p className="form-alert" role="alert">
          {problems.form}
        </p>
      ) : null}
      <div className="form-grid">
        {field('url', 'URL', 'http(s) address; or give a document name', 'url')}
        {field('documentName', 'Document name', 'e.g. Discharge report, Karachi')}
        {field('publisher', 'Publisher')}
        {field('publishedDate', 'Published', undefined, 'date')}
        {field('volumeTonnes', 'Reported volume (t)', 'the figure this source gives')}
        {field('valueAmount', 'Reported value')}
        {field('paymentCurrency', 'Currency of the value', 'ISO code, e.g. CNY')}
        {field('note', 'Note', undefined, 'text', true)}
      </div>
      <datalist id={`${idPrefix}-currencies`}>
        {COMMON_CURRENCIES.map((code) => (
          <option key={code} value={code} />
        ))}
      </datalist>
      <div className="form-actions">
        <button type="button" className="button button-secondary" onClick={onDone}>
          Cancel
        </button>
        <button type="submit" className="button button-primary" disabled={add.isPending}>
          {add.isPending ? 'Adding…' : 'Add source'}
        </button>
      </div>
    </form>
  );
}

/**
 * Where the shipment's figures come from: every source with the figure it reports, the one of record
 * first. Making another source the figure of record writes its volume into the shipment; the others
 * stay listed.
 */
export function SourcesPanel({ shipment, canWrite }: { shipment: Shipment; canWrite: boolean }) {
  const sources = useQuery(shipmentSourcesQuery(shipment.id));
  const toast = useToast();
  const [adding, setAdding] = useState(false);
  const [deleting, setDeleting] = useState<ShipmentSource | null>(null);
  // The volume changed: every total and index may have moved ('sources' refetches them).
  const makeRecord = useWrite(
    'sources',
    (source: ShipmentSource) => makeSourceRecord(shipment.id, source.id),
    {
      onSuccess: (result) => toast(`Figure of record: ${formatVolume(result.shipment.volumeTonnes, 't')}`),
    },
  );
  const removeSource = useWrite(
    'sources',
    (source: ShipmentSource) => deleteShipmentSource(shipment.id, source.id),
    {
      onSuccess: () => {
        toast('Source deleted');
        setDeleting(null);
      },
    },
  );
  // One action at a time, and the alert tells of the last one.
  const pending = makeRecord.isPending ? makeRecord : removeSource.isPending ? removeSource : null;
  const busy = pending?.variables?.id ?? null;
  const actionError = (makeRecord.error ?? removeSource.error)?.message ?? null;
  const makeTheRecord = (source: ShipmentSource) => {
    removeSource.reset();
    makeRecord.mutate(source);
  };
  const deleteSource = (source: ShipmentSource) => {
    makeRecord.reset();
    removeSource.mutate(source);
  };

  return (
    <section className="card detail-card" aria-labelledby="sources-title">
      <header className="card-head">
        <div className="card-titles">
          <h2 id="sources-title" className="card-title">
            Sources
          </h2>
          <p className="card-subtitle">
            where the figures come from; the figure of record is the shipment&apos;s volume
          </p>
        </div>
        {canWrite && !adding ? (
          <div className="card-actions">
            <button
              type="button"
              className="button button-secondary button-small"
              onClick={() => setAdding(true)}
            >
              Add a source
            </button>
          </div>
        ) : null}
      </header>
      <div className="card-body">
        {actionError ? (
          <p className="form-alert" role="alert">
            {actionError}
          </p>
        ) : null}
        {adding ? <SourceForm shipmentId={shipment.id} onDone={() => setAdding(false)} /> : null}
        {sources.isPending ? (
          <Skeleton height={120} label="Loading the sources" />
        ) : sources.isError ? (
          <ErrorState error={sources.error} onRetry={() => void sources.refetch()} />
        ) : sources.data.length === 0 ? (
          <p className="muted">No sources recorded yet.</p>
        ) : (
          <ul className="source-list" aria-label="Sources">
            {sources.data.map((source) => {
              const difference = differenceText(source, shipment);
              return (
                <li
                  key={source.id}
                  className={`source-item${source.isRecord ? ' is-record' : ''}`}
                  data-source-id={source.id}
                >
                  <div className="source-main">
                    <p className="source-title">
                      {source.url ? (
                        <a href={source.url} target="_blank" rel="noopener noreferrer">
                          {source.documentName ?? source.url}
                        </a>
                      ) : (
                        source.documentName
                      )}
                      {source.isRecord ? <span className="pill pill-record">Figure of record</span> : null}
                    </p>
                    <p className="source-meta">
                      {[source.publisher, source.publishedDate ? formatDate(source.publishedDate) : null]
                        .filter(Boolean)
                        .join(' · ') || 'publisher and date not recorded'}
                    </p>
                    {source.note ? <p className="source-note">{source.note}</p> : null}
                  </div>
                  <div className="source-figures">
                    <p className="source-volume" data-source-volume="">
                      {source.volumeTonnes === null ? 'no volume' : formatVolume(source.volumeTonnes, 't')}
                    </p>
                    {source.valueAmount !== null && source.paymentCurrency ? (
                      <p className="muted">{formatAmount(source.valueAmount, source.paymentCurrency)}</p>
                    ) : null}
                    {difference ? <p className="source-difference">{difference}</p> : null}
                    {canWrite ? (
                      <div className="source-actions">
                        {!source.isRecord && (source.volumeTonnes !== null || source.valueAmount !== null) ? (
                          <button
                            type="button"
                            className="button button-secondary button-small"
                            disabled={busy !== null}
                            aria-label={`Make this the figure of record: ${sourceName(source)}`}
                            onClick={() => makeTheRecord(source)}
                          >
                            {busy === source.id ? 'Saving…' : 'Make this the figure of record'}
                          </button>
                        ) : null}
                        <button
                          type="button"
                          className="button button-ghost button-small button-ghost-danger"
                          disabled={busy !== null}
                          aria-label={`Delete the source ${sourceName(source)}`}
                          onClick={() => setDeleting(source)}
                        >
                          Delete
                        </button>
                      </div>
                    ) : null}
                  </div>
                </li>
              );
            })}
          </ul>
        )}
      </div>
      {deleting ? (
        <ConfirmDialog
          title="Delete this source?"
          confirmText="Delete source"
          busy={busy === deleting.id}
          error={actionError}
          onCancel={() => setDeleting(null)}
          onConfirm={() => deleteSource(deleting)}
        >
          <p>
            {deleting.documentName ?? deleting.url}. The shipment keeps its figures; only this source is
            removed.
          </p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
