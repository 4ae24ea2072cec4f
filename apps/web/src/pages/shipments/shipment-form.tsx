import {
  COMMODITIES,
  COUNTRIES,
  CURRENCIES,
  NOT_RECORDED_LABEL,
  PORTS,
  PRICE_BASES,
  SHIPMENT_STATUSES,
  SHIPMENT_LIMITS,
  type Shipment,
  type ShipmentInput,
  TRANSPORT_MODES,
} from '@tradeflow/domain';
import { type FormEvent, type ReactNode, useId, useRef, useState } from 'react';
import { COMMON_CURRENCIES, COMMON_ORIGINS } from '../../charts/palette';
import { modeLabel, PRICE_BASIS_LABELS, STATUS_LABELS } from '../../format/labels';
import { ChokepointsEditor } from './chokepoints-editor';
import { LegsEditor } from './legs-editor';
import {
  emptyFormValues,
  type ShipmentFormField,
  formValuesOf,
  shipmentFieldOf,
  type LegValues,
  type ShipmentFormValues,
  type TextField,
  toShipmentInput,
  toShipmentPatch,
} from './shipment-form-model';
import { firstFieldWithError, formErrorsOf } from '../../forms/form-errors';
import { FormField, fieldControlProps } from '../../forms/form-field';

const CRUDE_FACTOR = COMMODITIES.find((c) => c.code === 'crude_oil')?.barrelsPerTonne;
const COUNTRIES_BY_NAME = [...COUNTRIES].sort((a, b) => a.name.localeCompare(b.name));
const countryName = new Map(COUNTRIES.map((c) => [c.code, c.name]));

interface ShipmentFormProps {
  /** The stored shipment when editing; absent when adding. */
  shipment?: Shipment;
  /** Sends the body; throws ApiError with field errors when the API rejects it. */
  onSubmit(body: ShipmentInput | Partial<ShipmentInput>): Promise<void>;
  onCancel(): void;
}

type Errors = Partial<Record<ShipmentFormField, string>>;

/** Add or edit a shipment. The API validates; its field errors are shown beside the fields. */
export function ShipmentForm({ shipment, onSubmit, onCancel }: ShipmentFormProps) {
  const [values, setValues] = useState<ShipmentFormValues>(() =>
    shipment ? formValuesOf(shipment) : emptyFormValues(),
  );
  const [errors, setErrors] = useState<Errors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const idPrefix = useId();
  const id = (field: ShipmentFormField) => `${idPrefix}-${field}`;

  const set = (field: TextField) => (event: { target: { value: string } }) => {
    const value = event.target.value;
    setValues((current) => ({ ...current, [field]: value }));
  };
  const setLegs = (legs: LegValues[]) => setValues((current) => ({ ...current, legs }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setFormError(null);
    try {
      const body = shipment ? toShipmentPatch(values, shipment) : toShipmentInput(values);
      await onSubmit(body);
      setErrors({});
    } catch (error) {
      const problems = formErrorsOf(error, shipmentFieldOf, 'Could not save the shipment.');
      setErrors(problems.byField);
      setFormError(problems.form);
      const first = firstFieldWithError(problems);
      if (first) setTimeout(() => document.getElementById(id(first))?.focus(), 0);
    } finally {
      setBusy(false);
    }
  };

  const field = (name: TextField, label: string, control: ReactNode, hint?: string, wide = false) => (
    <FormField id={id(name)} label={label} error={errors[name]} hint={hint} wide={wide}>
      {control}
    </FormField>
  );

  const common = (name: TextField, hint?: boolean) => ({
    name,
    value: values[name],
    onChange: set(name),
    ...fieldControlProps(id(name), errors[name], Boolean(hint)),
    className: 'input',
  });

  return (
    <form ref={formRef} className="shipment-form" onSubmit={submit} noValidate>
      {formError ? (
        <p className="form-alert" role="alert">
          {formError}
        </p>
      ) : null}

      <fieldset className="form-section">
        <legend>Cargo</legend>
        <div className="form-grid">
          {field(
            'reference',
            'Reference',
            <input {...common('reference', true)} readOnly={!!shipment} autoComplete="off" />,
            shipment
              ? 'The reference identifies the shipment and cannot change.'
              : 'Bill of lading or cargo reference',
          )}
          {field(
            'commodity',
            'Commodity',
            <select {...common('commodity')}>
              {COMMODITIES.map((c) => (
                <option key={c.code} value={c.code}>
                  {c.name}
                </option>
              ))}
            </select>,
          )}
          {field(
            'originCountry',
            'Origin country',
            <select {...common('originCountry')}>
              <option value="">Choose a country…</option>
              <optgroup label="Frequent">
                {COMMON_ORIGINS.map((code) => (
                  <option key={code} value={code}>
                    {countryName.get(code)} ({code})
                  </option>
                ))}
              </optgroup>
              <optgroup label="All countries">
                {COUNTRIES_BY_NAME.map((c) => (
                  <option key={c.code} value={c.code}>
                    {c.name} ({c.code})
                  </option>
                ))}
              </optgroup>
            </select>,
          )}
          {field(
            'status',
            'Status',
            <select {...common('status')}>
              {SHIPMENT_STATUSES.map((status) => (
                <option key={status} value={status}>
                  {STATUS_LABELS[status]}
                </option>
              ))}
            </select>,
          )}
        </div>
      </fieldset>

      <fieldset className="form-section">
        <legend>Route</legend>
        <div className="form-grid">
          {field(
            'transportMode',
            'Transport mode',
            <select {...common('transportMode')}>
              {TRANSPORT_MODES.map((mode) => (
                <option key={mode} value={mode}>
                  {modeLabel(mode)}
                </option>
              ))}
            </select>,
          )}
          {field(
            'transitCountries',
            'Transit countries',
            <input {...common('transitCountries', true)} autoComplete="off" />,
            'ISO codes in travel order, e.g. UZ, AF',
          )}
          {field(
            'loadPort',
            'Load port',
            <input {...common('loadPort', true)} list={`${idPrefix}-ports`} autoComplete="off" />,
            'UN/LOCODE, e.g. RUULU',
          )}
          {field(
            'dischargePort',
            'Discharge port',
            <input {...common('dischargePort', true)} list={`${idPrefix}-ports`} autoComplete="off" />,
            'UN/LOCODE, e.g. PKKHI',
          )}
          {field(
            'destinationCountry',
            'Importing country',
            <input {...common('destinationCountry', true)} autoComplete="off" />,
            "ISO code, e.g. PK; empty: the discharge port's country",
          )}
          {field(
            'stsTransferPoint',
            'Ship-to-ship transfer point',
            <input {...common('stsTransferPoint', true)} autoComplete="off" />,
            'Where the cargo changed ships, e.g. off Sohar, Oman',
          )}
          <datalist id={`${idPrefix}-ports`}>
            {PORTS.map((port) => (
              <option key={port.code} value={port.code}>
                {port.name}
              </option>
            ))}
          </datalist>
        </div>
        <LegsEditor
          id={id('legs')}
          legs={values.legs}
          values={values}
          error={errors.legs}
          onChange={setLegs}
        />
        {values.transportMode === 'sea' || values.chokepoints !== '' ? (
          <ChokepointsEditor
            id={id('chokepoints')}
            values={values}
            error={errors.chokepoints}
            onChange={(text) => setValues((current) => ({ ...current, chokepoints: text }))}
          />
        ) : null}
      </fieldset>

      <fieldset className="form-section">
        <legend>Volume and value</legend>
        <div className="form-grid form-grid-3">
          {field(
            'volumeTonnes',
            'Volume (t)',
            <input {...common('volumeTonnes', true)} inputMode="decimal" autoComplete="off" />,
            'Metric tonnes, up to 3 decimals',
          )}
          {values.commodity === 'crude_oil'
            ? field(
                'apiGravity',
                'API gravity (°API)',
                <input {...common('apiGravity', true)} inputMode="decimal" autoComplete="off" />,
                `${SHIPMENT_LIMITS.apiGravity.min}–${SHIPMENT_LIMITS.apiGravity.max}; blank: the published ${CRUDE_FACTOR} bbl/t`,
              )
            : null}
          {field(
            'valueAmount',
            'Value',
            <input {...common('valueAmount', true)} inputMode="decimal" autoComplete="off" />,
            'In the payment currency',
          )}
          {field(
            'paymentCurrency',
            'Payment currency',
            <select {...common('paymentCurrency')}>
              <option value="">{NOT_RECORDED_LABEL}</option>
              <optgroup label="Frequent">
                {COMMON_CURRENCIES.map((code) => (
                  <option key={code} value={code}>
                    {code}
                  </option>
                ))}
              </optgroup>
              <optgroup label="All currencies">
                {CURRENCIES.map((c) => (
                  <option key={c.code} value={c.code}>
                    {c.code} – {c.name}
                  </option>
                ))}
              </optgroup>
            </select>,
          )}
          {field(
            'priceBasis',
            'Price basis',
            <select {...common('priceBasis')}>
              <option value="">{NOT_RECORDED_LABEL}</option>
              {PRICE_BASES.filter((basis) => basis !== 'unknown').map((basis) => (
                <option key={basis} value={basis}>
                  {PRICE_BASIS_LABELS[basis]}
                </option>
              ))}
            </select>,
            'The delivery term the value is quoted on',
          )}
        </div>
      </fieldset>

      <fieldset className="form-section">
        <legend>Dates</legend>
        <div className="form-grid form-grid-3">
          {field('contractDate', 'Contract date', <input {...common('contractDate')} type="date" />)}
          {field('departureDate', 'Departure date', <input {...common('departureDate')} type="date" />)}
          {field(
            'arrivalDate',
            'Arrival date',
            <input {...common('arrivalDate', true)} type="date" />,
            'Analytics count the shipment in this month',
          )}
        </div>
      </fieldset>

      <fieldset className="form-section">
        <legend>Vessel and parties</legend>
        <div className="form-grid">
          {field('vesselName', 'Vessel name', <input {...common('vesselName')} autoComplete="off" />)}
          {field(
            'vesselImo',
            'Vessel IMO number',
            <input {...common('vesselImo', true)} inputMode="numeric" autoComplete="off" />,
            '7 digits',
          )}
          {field('importer', 'Importer', <input {...common('importer')} autoComplete="off" />)}
          {field('notes', 'Notes', <textarea {...common('notes')} rows={3} />, undefined, true)}
        </div>
      </fieldset>

      <div className="form-actions">
        <button type="button" className="button button-secondary" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? 'Saving…' : shipment ? 'Save changes' : 'Add shipment'}
        </button>
      </div>
    </form>
  );
}
