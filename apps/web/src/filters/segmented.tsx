import { useId, useState } from 'react';

interface SegmentedProps<T extends string> {
  label: string;
  value: T;
  options: { value: T; label: string; title?: string }[];
  onChange(value: T): void;
}

/** A small radio group drawn as joined buttons (arrow keys move between them, as radios do). */
export function Segmented<T extends string>({
  label,
  value: valueProp,
  options,
  onChange,
}: SegmentedProps<T>) {
  const name = useId();
  // Shows the choice at once, before a URL change (a router transition) brings the new value back.
  const [pending, setPending] = useState<{ for: T; value: T } | null>(null);
  const value = pending && pending.for === valueProp ? pending.value : valueProp;
  return (
    <fieldset className="segmented">
      <legend className="field-label">{label}</legend>
      <div className="segmented-options">
        {options.map((option) => (
          <label key={option.value} className="segmented-option" title={option.title}>
            <input
              type="radio"
              name={name}
              value={option.value}
              checked={value === option.value}
              aria-label={option.title}
              onChange={() => {
                setPending({ for: valueProp, value: option.value });
                onChange(option.value);
              }}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
