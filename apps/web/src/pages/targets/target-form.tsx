import {
  COMMODITIES,
  COUNTRIES,
  CURRENCIES,
  FLOW_RATE_UNITS,
  type GroupBy,
  isShareTarget,
  type RegionGroup,
  type Target,
  type TargetInput,
  type TargetKind,
  TRANSPORT_MODES,
  NOT_RECORDED_LABEL,
} from '@tradeflow/domain';
import { type FormEvent, type ReactNode, useId, useState } from 'react';
import { modeLabel } from '../../format/labels';
import { EMPTY_TARGET, type TargetFormValues, targetFormValues, toTargetInput } from './targets-model';
import { firstFieldWithError, formErrorsOf, topLevelFieldOf } from '../../forms/form-errors';
import { FormField, fieldControlProps } from '../../forms/form-field';

const KINDS: { value: TargetKind; label: string }[] = [
  { value: 'flow_rate_min', label: 'Flow rate of at least' },
  { value: 'flow_rate_max', label: 'Flow rate of at most' },
  { value: 'share_min', label: 'Share of imports of at least' },
  { value: 'share_max', label: 'Share of imports of at most' },
];

const DIMENSIONS: { value: GroupBy; label: string }[] = [
  { value: 'origin', label: 'Origin country' },
  { value: 'region', label: 'Region group' },
  { value: 'currency', label: 'Payment currency' },
  { value: 'commodity', label: 'Commodity' },
  { value: 'mode', label: 'Transport mode' },
  { value: 'route', label: 'Route' },
];

const UNIT_LABELS: Record<(typeof FLOW_RATE_UNITS)[number], string> = {
  'bbl/d': 'barrels per day (b/d)',
  'kb/d': 'thousand barrels per day (kb/d)',
  't/d': 'tonnes per day (t/d)',
};

const COUNTRIES_BY_NAME = [...COUNTRIES].sort((a, b) => a.name.localeCompare(b.name));

type Field = keyof TargetFormValues;
const targetFieldOf = topLevelFieldOf(Object.keys(EMPTY_TARGET) as Field[]);

interface TargetFormProps {
  target?: Target;
  regionGroups: RegionGroup[];
  onSubmit(input: TargetInput): Promise<void>;
  onCancel(): void;
}

/** Create or edit a policy target; the API checks it and its field errors show beside the fields. */
export function TargetForm({ target, regionGroups, onSubmit, onCancel }: TargetFormProps) {
  const [values, setValues] = useState<TargetFormValues>(() =>
    target ? targetFormValues(target) : EMPTY_TARGET,
  );
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const prefix = useId();
  const id = (field: Field) => `${prefix}-${field}`;
  const share = isShareTarget(values.kind);

  const set = <K extends Field>(field: K, value: TargetFormValues[K]) =>
    setValues((current) => ({
      ...current,
      [field]: value,
      // A new dimension has other keys.
      ...(field === 'dimension' ? { key: '' } : {}),
    }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setFormError(null);
    try {
      await onSubmit(toTargetInput(values));
      setErrors({});
    } catch (error) {
      const problems = formErrorsOf(error, targetFieldOf, 'Could not save the target.');
      // The form takes shares in percent; the API speaks of fractions.
      if (share && problems.byField.value && /fraction/.test(problems.byField.value)) {
        problems.byField.value = 'a share is at most 100%';
      }
      setErrors(problems.byField);
      setFormError(problems.form);
      const first = firstFieldWithError(problems);
      if (first) setTimeout(() => document.getElementById(id(first))?.focus(), 0);
    } finally {
      setBusy(false);
    }
  };

  const described = (field: Field, hasHint = false) => ({
    ...fieldControlProps(id(field), errors[field], hasHint),
    className: 'input',
  });

  const row = (field: Field, label: string, control: ReactNode, hint?: string, wide = false) => (
    <FormField id={id(field)} label={label} error={errors[field]} hint={hint} wide={wide}>
      {control}
    </FormField>
  );

  const keyControl = () => {
    const props = {
      ...described('key', values.dimension === 'route'),
      value: values.key,
      onChange: (e: { target: { value: string } }) => set('key', e.target.value),
    };
    switch (values.dimension) {
      case 'origin':
      case 'destination':
        return (
          <select {...props}>
            <option value="">Choose a country…</option>
            {COUNTRIES_BY_NAME.map((country) => (
              <option key={country.code} value={country.code}>
                {country.name} ({country.code})
              </option>
            ))}
          </select>
        );
      case 'region':
        return (
          <select {...props}>
            <option value="">Choose a region group…</option>
            {regionGroups.map((group) => (
              <option key={group.code} value={group.code}>
                {group.name} ({group.code})
              </option>
            ))}
          </select>
        );
      case 'currency':
        return (
          <select {...props}>
            <option value="">Choose a currency…</option>
            <option value="none">{NOT_RECORDED_LABEL}</option>
            {CURRENCIES.map((currency) => (
              <option key={currency.code} value={currency.code}>
                {currency.code} – {currency.name}
              </option>
            ))}
          </select>
        );
      case 'commodity':
        return (
          <select {...props}>
            <option value="">Choose a commodity…</option>
            {COMMODITIES.map((commodity) => (
              <option key={commodity.code} value={commodity.code}>
                {commodity.name}
              </option>
            ))}
          </select>
        );
      case 'mode':
        return (
          <select {...props}>
            <option value="">Choose a mode…</option>
            {TRANSPORT_MODES.map((mode) => (
              <option key={mode} value={mode}>
                {modeLabel(mode)}
              </option>
            ))}
          </select>
        );
      case 'route':
        return <input {...props} autoComplete="off" placeholder="road via UZ|AF" />;
    }
  };

  return (
    <form
      className="target-form"
      onSubmit={submit}
      noValidate
      aria-label={target ? `Edit ${target.name}` : 'New target'}
    >
      {formError ? (
        <p className="form-alert" role="alert">
          {formError}
        </p>
      ) : null}
      <div className="form-grid">
        {row(
          'name',
          'Name',
          <input
            {...described('name')}
            value={values.name}
            autoComplete="off"
            onChange={(event) => set('name', event.target.value)}
          />,
          undefined,
          true,
        )}
        {row(
          'kind',
          'Target',
          <select
            {...described('kind')}
            value={values.kind}
            onChange={(event) => set('kind', event.target.value as TargetKind)}
          >
            {KINDS.map((kind) => (
              <option key={kind.value} value={kind.value}>
                {kind.label}
              </option>
            ))}
          </select>,
        )}
        {row(
          'value',
          share ? 'Share (%)' : 'Flow rate',
          <input
            {...described('value', true)}
            value={values.value}
            inputMode="decimal"
            autoComplete="off"
            onChange={(event) => set('value', event.target.value)}
          />,
          share ? 'In percent: 60 for 60%' : 'In the unit below, e.g. 100000',
        )}
        {row(
          'dimension',
          'Of',
          <select
            {...described('dimension')}
            value={values.dimension}
            onChange={(event) => set('dimension', event.target.value as GroupBy)}
          >
            {DIMENSIONS.map((dimension) => (
              <option key={dimension.value} value={dimension.value}>
                {dimension.label}
              </option>
            ))}
          </select>,
        )}
        {row(
          'key',
          DIMENSIONS.find((d) => d.value === values.dimension)?.label ?? 'Key',
          keyControl(),
          values.dimension === 'route' ? 'A route key: sea, or road via UZ|AF' : undefined,
        )}
        {row(
          'commodity',
          'Commodity',
          <select
            {...described('commodity', true)}
            value={values.commodity}
            onChange={(event) => set('commodity', event.target.value)}
          >
            <option value="">All commodities</option>
            {COMMODITIES.map((commodity) => (
              <option key={commodity.code} value={commodity.code}>
                {commodity.name}
              </option>
            ))}
          </select>,
          share ? 'Only these imports count, on both sides of the share' : 'Only this commodity counts',
        )}
        {share
          ? row(
              'basis',
              'Measured by',
              <select
                {...described('basis')}
                value={values.basis}
                onChange={(event) => set('basis', event.target.value as TargetFormValues['basis'])}
              >
                <option value="volume">Volume (tonnes)</option>
                <option value="value">USD value</option>
              </select>,
            )
          : row(
              'unit',
              'Unit',
              <select
                {...described('unit')}
                value={values.unit}
                onChange={(event) => set('unit', event.target.value as TargetFormValues['unit'])}
              >
                {FLOW_RATE_UNITS.map((unit) => (
                  <option key={unit} value={unit}>
                    {UNIT_LABELS[unit]}
                  </option>
                ))}
              </select>,
            )}
        {row(
          'notes',
          'Notes',
          <textarea
            {...described('notes')}
            rows={2}
            value={values.notes}
            onChange={(event) => set('notes', event.target.value)}
          />,
          undefined,
          true,
        )}
      </div>
      <div className="form-actions">
        <button type="button" className="button button-secondary" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? 'Saving…' : target ? 'Save target' : 'Add target'}
        </button>
      </div>
    </form>
  );
}
