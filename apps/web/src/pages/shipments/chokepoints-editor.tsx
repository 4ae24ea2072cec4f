import { CHOKEPOINTS, chokepointName, deriveChokepoints } from '@tradeflow/domain';
import { useId } from 'react';
import { chokepointsOverrideOf, overrideText, type ShipmentFormValues } from './shipment-form-model';

interface ChokepointsEditorProps {
  /** The id the form focuses when the API rejects the override. */
  id: string;
  values: ShipmentFormValues;
  /** The API's message about `chokepoints`. */
  error?: string;
  /** The new text of `chokepoints` ('' derives them; see chokepointsOverrideOf). */
  onChange(text: string): void;
}

/**
 * The chokepoints a sea cargo passed: the sea-lane table's answer for the route as typed, or a set
 * chosen by hand when the voyage differed (round the Cape instead of through Suez).
 */
export function ChokepointsEditor({ id, values, error, onChange }: ChokepointsEditorProps) {
  const prefix = useId();
  const override = chokepointsOverrideOf(values.chokepoints);
  const derived = deriveChokepoints({
    transportMode: values.transportMode,
    originCountry: values.originCountry.trim().toUpperCase(),
    loadPort: values.loadPort.trim().toUpperCase() || null,
    stsTransferPoint: values.stsTransferPoint.trim() || null,
    dischargePort: values.dischargePort.trim().toUpperCase() || null,
    destinationCountry: values.destinationCountry.trim().toUpperCase() || null,
  });
  const derivedText = derived.length
    ? derived.map((code) => chokepointName(code)).join(', ')
    : 'none known for this route';
  const toggle = (code: string, on: boolean) => {
    const chosen = new Set(override ?? []);
    if (on) chosen.add(code);
    else chosen.delete(code);
    onChange(overrideText([...chosen]));
  };

  return (
    <fieldset
      className={`chokepoints-editor${error ? ' is-invalid' : ''}`}
      aria-describedby={error ? `${id}-error` : undefined}
    >
      <legend>Chokepoints passed</legend>
      <label className="checkbox-label">
        <input
          type="radio"
          id={id}
          name={`${prefix}-source`}
          checked={override === null}
          onChange={() => onChange('')}
        />
        From the sea-lane table: {derivedText}
      </label>
      <label className="checkbox-label">
        <input
          type="radio"
          name={`${prefix}-source`}
          checked={override !== null}
          onChange={() => onChange(overrideText(derived))}
        />
        Set by hand, when the voyage went another way (e.g. round the Cape instead of through Suez)
      </label>
      {override !== null ? (
        <div className="chokepoint-choices" role="group" aria-label="Chokepoints the cargo passed">
          {CHOKEPOINTS.map((chokepoint) => (
            <label key={chokepoint.code} className="checkbox-label">
              <input
                type="checkbox"
                checked={override.includes(chokepoint.code)}
                onChange={(event) => toggle(chokepoint.code, event.target.checked)}
              />
              {chokepoint.name}
            </label>
          ))}
        </div>
      ) : null}
      {error ? (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
