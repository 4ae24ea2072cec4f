import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { Icon } from '../layout/icon';

export interface Option {
  value: string;
  label: string;
  /** Shown after the label (e.g. the ISO code). */
  hint?: string;
  /** Small colour swatch (the series colour). */
  colour?: string;
}

interface MultiSelectProps {
  label: string;
  options: Option[];
  /** Listed first under their own heading (e.g. the usual origins). */
  pinned?: string[];
  selected: string[];
  onChange(values: string[], options: { replace: boolean }): void;
  /** Text of the button when nothing is selected. */
  allText?: string;
  searchable?: boolean;
}

/**
 * A button that opens a list of checkboxes (with a search box for long lists). Native checkboxes
 * keep it keyboard- and screen-reader-friendly: Tab/Space, and Escape closes it.
 */
export function MultiSelect({
  label,
  options,
  pinned = [],
  selected: selectedProp,
  onChange,
  allText = 'All',
  searchable = options.length > 12,
}: MultiSelectProps) {
  // The URL (and so `selectedProp`) changes in a router transition, a moment after the click; the
  // ticks show the choice at once meanwhile.
  const [pending, setPending] = useState<{ for: string[]; values: string[] } | null>(null);
  const selected = pending && pending.for === selectedProp ? pending.values : selectedProp;
  const [open, setOpen] = useState(false);
  const [search, setSearch] = useState('');
  const changedWhileOpen = useRef(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelId = useId();
  const labelId = useId();

  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open]);

  const byValue = useMemo(() => new Map(options.map((option) => [option.value, option])), [options]);
  const needle = search.trim().toLowerCase();
  const matches = (option: Option) =>
    !needle || option.label.toLowerCase().includes(needle) || option.value.toLowerCase().includes(needle);
  const pinnedOptions = pinned
    .map((value) => byValue.get(value))
    .filter((o): o is Option => !!o && matches(o));
  const pinnedSet = new Set(pinned);
  const otherOptions = options.filter((option) => !pinnedSet.has(option.value) && matches(option));

  const summary =
    selected.length === 0
      ? allText
      : selected.length === 1
        ? (byValue.get(selected[0] as string)?.label ?? selected[0])
        : `${selected.length} selected`;

  const choose = (next: string[]) => {
    setPending({ for: selectedProp, values: next });
    onChange(next, { replace: changedWhileOpen.current });
    changedWhileOpen.current = true;
  };

  const toggle = (value: string) => {
    choose(selected.includes(value) ? selected.filter((v) => v !== value) : [...selected, value]);
  };

  const close = () => {
    setOpen(false);
    buttonRef.current?.focus();
  };

  const renderOption = (option: Option) => (
    <li key={option.value}>
      <label className="check-option">
        <input
          type="checkbox"
          checked={selected.includes(option.value)}
          onChange={() => toggle(option.value)}
        />
        {option.colour ? (
          <span className="swatch" style={{ background: option.colour }} aria-hidden="true" />
        ) : null}
        <span className="check-label">{option.label}</span>
        {option.hint ? <span className="check-hint">{option.hint}</span> : null}
      </label>
    </li>
  );

  return (
    <div
      className="multi-select"
      ref={rootRef}
      onBlur={(event) => {
        // Tabbing out of the menu closes it, as clicking outside does.
        if (open && !rootRef.current?.contains(event.relatedTarget as Node | null)) setOpen(false);
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) {
          event.stopPropagation();
          close();
        }
      }}
    >
      <span className="field-label" id={labelId}>
        {label}
      </span>
      <button
        ref={buttonRef}
        type="button"
        className={`select-button${selected.length ? ' has-value' : ''}`}
        aria-haspopup="true"
        aria-expanded={open}
        aria-controls={panelId}
        aria-labelledby={`${labelId} ${panelId}-value`}
        onClick={() => {
          changedWhileOpen.current = false;
          setSearch('');
          setOpen((value) => !value);
        }}
      >
        <span id={`${panelId}-value`} className="select-value">
          {summary}
        </span>
        <Icon name="chevronDown" size={12} />
      </button>
      {open ? (
        <div className="popover" id={panelId} role="group" aria-label={label}>
          {searchable ? (
            <input
              type="search"
              className="input popover-search"
              placeholder={`Search ${label.toLowerCase()}`}
              aria-label={`Search ${label.toLowerCase()}`}
              value={search}
              autoFocus
              onChange={(event) => setSearch(event.target.value)}
            />
          ) : null}
          <div className="popover-list">
            {pinnedOptions.length ? (
              <>
                {otherOptions.length ? <p className="popover-heading">Frequent</p> : null}
                <ul>{pinnedOptions.map(renderOption)}</ul>
              </>
            ) : null}
            {otherOptions.length ? (
              <>
                {pinnedOptions.length ? <p className="popover-heading">All</p> : null}
                <ul>{otherOptions.map(renderOption)}</ul>
              </>
            ) : null}
            {!pinnedOptions.length && !otherOptions.length ? <p className="popover-empty">No match</p> : null}
          </div>
          <div className="popover-foot">
            <button
              type="button"
              className="button button-ghost button-small"
              disabled={selected.length === 0}
              onClick={() => choose([])}
            >
              Clear
            </button>
            <button type="button" className="button button-primary button-small" onClick={close}>
              Done
            </button>
          </div>
        </div>
      ) : null}
    </div>
  );
}
