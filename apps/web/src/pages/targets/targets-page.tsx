import type { Target, TargetInput } from '@tradeflow/domain';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { settingsQuery } from '../../api/settings';
import {
  createTarget,
  deleteTarget,
  targetProgressQuery,
  targetsQuery,
  updateTarget,
} from '../../api/targets';
import { useCanWrite } from '../../auth/session-context';
import { ChartCard } from '../../charts/chart-card';
import { FactorsNote } from '../../charts/factors-note';
import { TargetChart } from '../../charts/target-chart';
import { useDashboardFilters } from '../../filters/use-dashboard-filters';
import { formatInteger } from '../../format/numbers';
import { rangeText } from '../../layout/page-header';
import { ConfirmDialog } from '../../layout/confirm-dialog';
import { PageHeader } from '../../layout/page-header';
import { EmptyState, ErrorState, Skeleton } from '../../layout/states';
import { useToast } from '../../layout/toasts';
import { TargetForm } from './target-form';
import {
  describeTarget,
  formatGap,
  formatTargetTick,
  formatTargetValue,
  progressModel,
} from './targets-model';
import { useWrite } from '../../api/writes';

function TargetCard({
  target,
  canWrite,
  onEdit,
  onDelete,
}: {
  target: Target;
  canWrite: boolean;
  onEdit(): void;
  onDelete(): void;
}) {
  const { filters, range, apiParams } = useDashboardFilters();
  const progress = useQuery(targetProgressQuery(target.id, filters.granularity, apiParams));
  const model = useMemo(
    () => (progress.data ? progressModel(progress.data, filters.granularity) : null),
    [progress.data, filters.granularity],
  );
  const total = progress.data?.total;
  const unit = target.unit;
  const format = useMemo(
    () =>
      unit === 'share'
        ? (v: number) => formatTargetValue(v / 100, 'share')
        : (v: number) => formatTargetValue(v, unit),
    [unit],
  );
  const tickFormat = useMemo(() => (v: number) => formatTargetTick(v, unit), [unit]);
  const fileSuffix = `${target.name}_${range ? `${range.from}_${range.to}` : 'all-time'}`;

  return (
    <ChartCard
      className="span-6 target-card"
      title={target.name}
      subtitle={
        <>
          {describeTarget(target)}
          {total ? (
            <span className="target-total" data-target-total="">
              {' '}
              · over the period:{' '}
              {total.actual === null ? 'no imports' : formatTargetValue(total.actual, unit)}
              {total.met === null ? null : (
                <span className={`pill ${total.met ? 'pill-met' : 'pill-not-met'}`}>
                  {total.met ? 'met' : 'not met'}
                </span>
              )}
              {total.gap === null ? null : ` gap ${formatGap(total.gap, unit)}`}
            </span>
          ) : null}
          {model ? (
            <span className="target-count">
              {' '}
              · met in {formatInteger(model.metCount)} of {formatInteger(model.measured)} periods
            </span>
          ) : null}
          {progress.data?.conversions ? <FactorsNote conversions={progress.data.conversions} /> : null}
        </>
      }
      status={
        progress.isPending
          ? 'loading'
          : progress.isError && !progress.data
            ? 'error'
            : model?.labels.length
              ? 'ready'
              : 'empty'
      }
      error={progress.error}
      onRetry={() => void progress.refetch()}
      emptyText="No periods in this range."
      table={model?.table ?? null}
      fileSuffix={fileSuffix}
      height={240}
      footer={
        canWrite ? (
          <div className="target-actions">
            {target.notes ? <p className="muted target-notes">{target.notes}</p> : <span />}
            <div className="header-actions">
              <button
                type="button"
                className="button button-secondary button-small"
                onClick={onEdit}
                aria-label={`Edit ${target.name}`}
              >
                Edit
              </button>
              <button
                type="button"
                className="button button-ghost button-small button-ghost-danger"
                onClick={onDelete}
                aria-label={`Delete ${target.name}`}
              >
                Delete
              </button>
            </div>
          </div>
        ) : target.notes ? (
          <p className="muted target-notes">{target.notes}</p>
        ) : null
      }
    >
      {model ? (
        <TargetChart
          labels={model.labels}
          actual={model.actual}
          target={model.target}
          met={model.met}
          format={format}
          tickFormat={tickFormat}
          max={unit === 'share' ? 100 : undefined}
          label={`Bars of ${target.name} per period against the target line`}
        />
      ) : null}
    </ChartCard>
  );
}

/** Policy targets (e.g. Russian crude 100,000 b/d, GCC share below 60%) and their progress per period. */
export function TargetsPage() {
  const { range, filters } = useDashboardFilters();
  const targets = useQuery(targetsQuery);
  const settings = useQuery(settingsQuery);
  const canWrite = useCanWrite();
  const saveTarget = useWrite('targets', ({ id, input }: { id: string | null; input: TargetInput }) =>
    id ? updateTarget(id, input) : createTarget(input),
  );
  const toast = useToast();
  const [editing, setEditing] = useState<Target | 'new' | null>(null);
  const [deleting, setDeleting] = useState<Target | null>(null);
  const removeTarget = useWrite('targets', (target: Target) => deleteTarget(target.id), {
    onSuccess: (_, target) => {
      toast(`Target “${target.name}” deleted`);
      setDeleting(null);
    },
  });

  const save = async (input: TargetInput) => {
    const saved = await saveTarget.mutateAsync({
      id: editing && editing !== 'new' ? editing.id : null,
      input,
    });
    toast(`Target “${saved.name}” ${editing === 'new' ? 'added' : 'saved'}`);
    setEditing(null);
  };

  return (
    <div className="page">
      <PageHeader
        title="Targets"
        subtitle={`Progress per period, ${rangeText(range)}; flow rates are averages over each period's days`}
        aside={
          canWrite && editing === null ? (
            <button type="button" className="button button-primary" onClick={() => setEditing('new')}>
              New target
            </button>
          ) : null
        }
      />

      {editing !== null ? (
        <section
          className="card form-card"
          aria-label={editing === 'new' ? 'New target' : `Edit ${editing.name}`}
        >
          <h2 className="card-title form-card-title">
            {editing === 'new' ? 'New target' : `Edit “${editing.name}”`}
          </h2>
          <TargetForm
            key={editing === 'new' ? 'new' : editing.id}
            target={editing === 'new' ? undefined : editing}
            regionGroups={settings.data?.regionGroups ?? []}
            onSubmit={save}
            onCancel={() => setEditing(null)}
          />
        </section>
      ) : null}

      {targets.isPending ? (
        <div className="grid">
          <div className="span-6">
            <Skeleton height={320} label="Loading targets" />
          </div>
          <div className="span-6">
            <Skeleton height={320} label="Loading targets" />
          </div>
        </div>
      ) : targets.isError ? (
        <div className="card">
          <ErrorState error={targets.error} onRetry={() => void targets.refetch()} />
        </div>
      ) : targets.data.length === 0 ? (
        <div className="card">
          <EmptyState title="No targets yet">
            Record one, e.g. “Russian crude 100,000 b/d” or “GCC share below 60%”, and follow it here period
            by period.
          </EmptyState>
        </div>
      ) : (
        <div className="grid" data-granularity={filters.granularity}>
          {targets.data.map((target) => (
            <TargetCard
              key={target.id}
              target={target}
              canWrite={canWrite}
              onEdit={() => setEditing(target)}
              onDelete={() => {
                removeTarget.reset();
                setDeleting(target);
              }}
            />
          ))}
        </div>
      )}

      {deleting ? (
        <ConfirmDialog
          title={`Delete the target “${deleting.name}”?`}
          confirmText="Delete target"
          busy={removeTarget.isPending}
          error={removeTarget.error?.message ?? null}
          onCancel={() => setDeleting(null)}
          onConfirm={() => removeTarget.mutate(deleting)}
        >
          <p>{describeTarget(deleting)}. The shipments stay as they are.</p>
        </ConfirmDialog>
      ) : null}
    </div>
  );
}
