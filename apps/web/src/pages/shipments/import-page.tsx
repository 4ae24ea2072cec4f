import { SHIPMENT_CSV_TEMPLATE, wordFieldNames } from '@tradeflow/domain';
import { type DragEvent, useId, useRef, useState } from 'react';
import { Link, useLocation } from 'react-router-dom';
import { ApiError } from '../../api/http';
import {
  type ImportConflictPolicy,
  type ImportMode,
  type ImportProgress,
  type ImportReport,
  importShipments,
  reportIn,
} from '../../api/imports';
import { useCanWrite } from '../../auth/session-context';
import { DataTable } from '../../charts/data-table';
import { csvFileName, downloadText, tableToCsv, type TableModel } from '../../charts/table-model';
import { Segmented } from '../../filters/segmented';
import { formatInteger } from '../../format/numbers';
import { PageHeader } from '../../layout/page-header';
import { ErrorState } from '../../layout/states';
import { Icon } from '../../layout/icon';
import { useWrite } from '../../api/writes';

const MB = 1024 * 1024;

function rejectedTable(report: ImportReport): TableModel {
  return {
    columns: [
      { key: 'line', label: 'Line' },
      { key: 'reference', label: 'Reference' },
      { key: 'field', label: 'Column' },
      { key: 'message', label: 'Problem', wrap: true },
    ],
    // The column keeps the file's own header name; the message names fields as people do.
    rows: report.rejected.flatMap((line) =>
      line.errors.map((error) => [
        String(line.line),
        line.reference ?? '',
        error.field,
        wordFieldNames(error.message),
      ]),
    ),
  };
}

/** Bulk CSV import: drop a file, watch it upload, read which lines were refused and why. */
export function ImportPage() {
  const location = useLocation();
  const canWrite = useCanWrite();
  const inputRef = useRef<HTMLInputElement>(null);
  const inputId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [dragging, setDragging] = useState(false);
  const [mode, setMode] = useState<ImportMode>('atomic');
  const [onConflict, setOnConflict] = useState<ImportConflictPolicy>('error');
  const [dryRun, setDryRun] = useState(false);
  const dryRunId = useId();
  // Each count is a group named by its label.
  const countId = useId();
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  // A dry run stores nothing: nothing to refetch.
  const upload = useWrite(
    (answer: ImportReport) => (answer.dryRun ? null : 'shipments'),
    ({
      file: chosen,
      ...options
    }: {
      file: File;
      mode: ImportMode;
      onConflict: ImportConflictPolicy;
      dryRun: boolean;
    }) => importShipments(chosen, options, setProgress),
  );
  // An atomic import with bad lines is refused with its report.
  const report = upload.data ?? reportIn(upload.error);
  const failed = upload.error;
  const busy = upload.isPending;

  const choose = (chosen: File | undefined) => {
    if (!chosen) return;
    setFile(chosen);
    upload.reset();
    setProgress(null);
  };

  const start = (asDryRun = dryRun) => {
    if (!file) return;
    setDryRun(asDryRun);
    setProgress({ sent: 0, total: file.size, processing: false });
    upload.mutate({ file, mode, onConflict, dryRun: asDryRun });
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    choose(event.dataTransfer.files[0]);
  };

  if (!canWrite) {
    return (
      <div className="page page-narrow">
        <PageHeader title="Import shipments" />
        <div className="card">
          <ErrorState error={new Error('Your role can read shipments but not import them.')} />
        </div>
      </div>
    );
  }

  const finished = report !== null || failed !== null;
  const percent = finished
    ? 100
    : progress && progress.total
      ? Math.round((progress.sent / progress.total) * 100)
      : 0;
  const notAvailable = failed instanceof ApiError && failed.status === 404;
  const table = report && report.rejected.length ? rejectedTable(report) : null;

  return (
    <div className="page page-narrow">
      <PageHeader
        title="Import shipments from CSV"
        subtitle="One header line with the export's columns; the whole file is checked before anything is stored."
        aside={
          <div className="header-actions">
            <button
              type="button"
              className="button button-secondary"
              onClick={() => downloadText('tradeflow-shipments-template.csv', SHIPMENT_CSV_TEMPLATE)}
            >
              Download a CSV template
            </button>
            <Link to={`/shipments${location.search}`}>All shipments</Link>
          </div>
        }
      />
      <section className="card import-card" aria-label="Upload">
        <div
          className={`drop-zone${dragging ? ' is-dragging' : ''}`}
          onDragOver={(event) => {
            event.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={onDrop}
        >
          <Icon name="dropFile" size={32} />
          <p>
            <strong>Drop a CSV file here</strong> or{' '}
            <button type="button" className="link-button" onClick={() => inputRef.current?.click()}>
              choose one
            </button>
          </p>
          <label htmlFor={inputId} className="visually-hidden">
            CSV file
          </label>
          <input
            ref={inputRef}
            id={inputId}
            type="file"
            accept=".csv,text/csv"
            tabIndex={-1}
            className="visually-hidden"
            onChange={(event) => choose(event.target.files?.[0])}
          />
          {file ? (
            <p className="drop-file">
              {file.name} ·{' '}
              {file.size >= MB ? `${(file.size / MB).toFixed(1)} MB` : `${Math.ceil(file.size / 1024)} KB`}
            </p>
          ) : null}
        </div>

        <div className="import-options">
          <Segmented<ImportMode>
            label="If some lines are bad"
            value={mode}
            options={[
              { value: 'atomic', label: 'Import nothing' },
              { value: 'partial', label: 'Import the good lines' },
            ]}
            onChange={setMode}
          />
          <Segmented<ImportConflictPolicy>
            label="A reference already stored"
            value={onConflict}
            options={[
              { value: 'error', label: 'Refuse changes' },
              { value: 'skip', label: 'Keep stored' },
              { value: 'update', label: 'Update' },
            ]}
            onChange={setOnConflict}
          />
          <div className="field import-dry-run">
            <span className="field-label">Try first</span>
            <label htmlFor={dryRunId} className="checkbox-label">
              <input
                id={dryRunId}
                type="checkbox"
                checked={dryRun}
                onChange={(event) => setDryRun(event.target.checked)}
              />
              Dry run: check only, store nothing
            </label>
          </div>
          <button
            type="button"
            className="button button-primary"
            disabled={!file || busy}
            onClick={() => start()}
          >
            {busy ? (dryRun ? 'Checking…' : 'Importing…') : dryRun ? 'Check the file' : 'Import'}
          </button>
        </div>

        {progress ? (
          <div className="import-progress">
            <div
              className={`progress${progress.processing && !report && !failed ? ' is-indeterminate' : ''}`}
              role="progressbar"
              aria-label="Upload"
              aria-valuemin={0}
              aria-valuemax={100}
              aria-valuenow={percent}
            >
              <span style={{ width: `${percent}%` }} />
            </div>
            <p className="muted" aria-live="polite">
              {report || failed
                ? 'Done.'
                : progress.processing
                  ? dryRun
                    ? 'Uploaded; checking the lines (nothing will be stored)…'
                    : 'Uploaded; checking and storing the lines…'
                  : `Uploading… ${percent}%`}
            </p>
          </div>
        ) : null}
      </section>

      {notAvailable ? (
        <div className="card">
          <ErrorState error={new Error('Bulk import is not available on this server yet.')} />
        </div>
      ) : failed && !report ? (
        <div className="card">
          <ErrorState error={failed} />
        </div>
      ) : null}

      {report ? (
        <section
          className={`card import-result${report.dryRun ? ' is-dry-run' : ''}`}
          aria-label={report.dryRun ? 'Dry run result' : 'Import result'}
        >
          {report.dryRun ? (
            <div className="dry-run-banner" role="status">
              <p>
                <strong>Dry run: nothing was stored.</strong> The whole import ran (checks, duplicates,
                conflicts) and was rolled back; these are the counts a real import with the same options would
                give.
              </p>
              {!failed ? (
                <button
                  type="button"
                  className="button button-secondary button-small"
                  disabled={busy}
                  onClick={() => start(false)}
                >
                  Import it for real
                </button>
              ) : null}
            </div>
          ) : null}
          <div className="import-counts">
            <div role="group" aria-labelledby={`${countId}-inserted`}>
              <p className="kpi-label" id={`${countId}-inserted`}>
                {report.dryRun ? 'Would add' : 'Added'}
              </p>
              <p className="kpi-value" data-count="inserted">
                {formatInteger(report.inserted)}
              </p>
            </div>
            <div role="group" aria-labelledby={`${countId}-updated`}>
              <p className="kpi-label" id={`${countId}-updated`}>
                {report.dryRun ? 'Would update' : 'Updated'}
              </p>
              <p className="kpi-value" data-count="updated">
                {formatInteger(report.updated)}
              </p>
            </div>
            <div role="group" aria-labelledby={`${countId}-skipped`}>
              <p className="kpi-label" id={`${countId}-skipped`}>
                {report.dryRun ? 'Would stay unchanged' : 'Unchanged or kept'}
              </p>
              <p className="kpi-value" data-count="skipped">
                {formatInteger(report.skipped)}
              </p>
            </div>
            <div role="group" aria-labelledby={`${countId}-rejected`}>
              <p className="kpi-label" id={`${countId}-rejected`}>
                Rejected lines
              </p>
              <p
                className={`kpi-value${(report.rejectedCount ?? report.rejected.length) ? ' tone-bad' : ''}`}
              >
                {formatInteger(report.rejectedCount ?? report.rejected.length)}
              </p>
            </div>
          </div>
          {failed ? (
            <p className="form-alert" role="alert">
              {report.dryRun
                ? 'A real import would store nothing: correct these lines, or choose “Import the good lines”.'
                : 'Nothing was stored: correct these lines, or choose “Import the good lines”.'}
            </p>
          ) : null}
          {table ? (
            <>
              <div className="import-rejected-head">
                <h2 className="card-title">Rejected lines</h2>
                <button
                  type="button"
                  className="button button-ghost button-small"
                  onClick={() =>
                    downloadText(
                      csvFileName('rejected lines', file?.name.replace(/\.csv$/i, '') ?? ''),
                      tableToCsv(table),
                    )
                  }
                >
                  Download as CSV
                </button>
              </div>
              <div className="table-frame" style={{ maxHeight: 420 }}>
                <DataTable table={table} caption="Rejected lines" />
              </div>
              {(report.rejectedCount ?? 0) > report.rejected.length ? (
                <p className="muted">
                  The first {formatInteger(report.rejected.length)} of{' '}
                  {formatInteger(report.rejectedCount ?? 0)} rejected lines are listed.
                </p>
              ) : null}
            </>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
