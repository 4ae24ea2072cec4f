import { COUNTRIES, TRANSPORT_MODES } from '@tradeflow/domain';
import { useId } from 'react';
import { modeLabel } from '../../format/labels';
import { legIndexOf, type LegValues, nextLeg, type ShipmentFormValues } from './shipment-form-model';

interface LegsEditorProps {
  /** The id the form focuses when the API rejects the legs. */
  id: string;
  legs: LegValues[];
  values: ShipmentFormValues;
  /** The API's message about the legs ('leg 2 from: unknown ...' points at leg 2). */
  error?: string;
  onChange(legs: LegValues[]): void;
}

/**
 * The legs of a multi-leg route, in travel order: mode, from, to and the countries crossed. Each new
 * leg starts where the last one ended; the last leg's mode must be the shipment's transport mode.
 */
export function LegsEditor({ id, legs, values, error, onChange }: LegsEditorProps) {
  const prefix = useId();
  const badLeg = error ? legIndexOf(error) : null;
  const update = (index: number, patch: Partial<LegValues>) =>
    onChange(legs.map((leg, i) => (i === index ? { ...leg, ...patch } : leg)));

  return (
    <div className="legs-editor" role="group" aria-labelledby={`${prefix}-title`}>
      <div className="legs-head">
        <p id={`${prefix}-title`} className="legs-title">
          Legs
        </p>
        <p className="field-hint" id={`${prefix}-hint`}>
          Optional. Each leg starts where the one before ended, e.g. rail RU → UZ via KZ, then road UZ → PK
          via AF; the last leg&apos;s mode is the transport mode.
        </p>
      </div>
      {legs.length ? (
        <ol className="legs-list">
          {legs.map((leg, index) => {
            const legId = `${prefix}-leg-${index}`;
            const invalid =
              badLeg === index || (error !== undefined && badLeg === null && index === legs.length - 1);
            return (
              <li
                key={index}
                className={`leg-row${invalid ? ' is-invalid' : ''}`}
                aria-label={`Leg ${index + 1}`}
              >
                <span className="leg-number" aria-hidden="true">
                  {index + 1}
                </span>
                <div className="leg-field">
                  <label htmlFor={index === 0 ? id : `${legId}-mode`}>Mode</label>
                  <select
                    id={index === 0 ? id : `${legId}-mode`}
                    className="input"
                    value={leg.mode}
                    aria-describedby={error ? `${id}-error` : undefined}
                    onChange={(event) => update(index, { mode: event.target.value })}
                  >
                    {TRANSPORT_MODES.map((mode) => (
                      <option key={mode} value={mode}>
                        {modeLabel(mode)}
                      </option>
                    ))}
                  </select>
                </div>
                <div className="leg-field">
                  <label htmlFor={`${legId}-from`}>From</label>
                  <input
                    id={`${legId}-from`}
                    className="input input-code"
                    value={leg.from}
                    list={`${prefix}-countries`}
                    autoComplete="off"
                    maxLength={2}
                    aria-invalid={invalid || undefined}
                    onChange={(event) => update(index, { from: event.target.value })}
                  />
                </div>
                <div className="leg-field">
                  <label htmlFor={`${legId}-to`}>To</label>
                  <input
                    id={`${legId}-to`}
                    className="input input-code"
                    value={leg.to}
                    list={`${prefix}-countries`}
                    autoComplete="off"
                    maxLength={2}
                    aria-invalid={invalid || undefined}
                    onChange={(event) => update(index, { to: event.target.value })}
                  />
                </div>
                <div className="leg-field leg-via">
                  <label htmlFor={`${legId}-via`}>Via</label>
                  <input
                    id={`${legId}-via`}
                    className="input"
                    value={leg.via}
                    placeholder="e.g. AF"
                    autoComplete="off"
                    onChange={(event) => update(index, { via: event.target.value })}
                  />
                </div>
                <button
                  type="button"
                  className="button button-ghost button-small button-ghost-danger leg-remove"
                  aria-label={`Remove leg ${index + 1}`}
                  onClick={() => onChange(legs.filter((_, i) => i !== index))}
                >
                  Remove
                </button>
              </li>
            );
          })}
        </ol>
      ) : null}
      {error ? (
        <p className="field-error" id={`${id}-error`} role="alert">
          {error}
        </p>
      ) : null}
      <button
        type="button"
        id={legs.length ? undefined : id}
        className="button button-secondary button-small"
        onClick={() => onChange([...legs, nextLeg({ ...values, legs })])}
      >
        Add leg
      </button>
      <datalist id={`${prefix}-countries`}>
        {COUNTRIES.map((country) => (
          <option key={country.code} value={country.code}>
            {country.name}
          </option>
        ))}
      </datalist>
    </div>
  );
}
