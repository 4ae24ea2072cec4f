import { isCommodityCode } from '../codes/commodities';
import { CONCENTRATION_BASES, GROUP_BYS, type GroupBy } from '../contract/analytics-contract';
import {
  FLOW_RATE_UNITS,
  TARGET_KINDS,
  type TargetKind,
  type TargetUnit,
} from '../contract/targets-contract';
import type { FieldError } from '../shipment/shipment';
import { hasAtMostDecimals } from '../shipment/decimal-places';
import { hasControlCharacter } from '../shipment/text-rules';
import { groupKeyProblem } from './group-keys';

export const TARGET_LIMITS = { nameMaxLength: 100, notesMaxLength: 2000, valueBelow: 1e12, valueDecimals: 6 };

const FIELDS = ['name', 'kind', 'dimension', 'key', 'commodity', 'value', 'unit', 'basis', 'notes'] as const;

export function isShareTarget(kind: TargetKind): boolean {
  return kind === 'share_min' || kind === 'share_max';
}

export function isMinimumTarget(kind: TargetKind): boolean {
  return kind === 'flow_rate_min' || kind === 'share_min';
}

/** The unit a stored target gets: `share` for share kinds; a flow rate names its own. */
export function targetUnit(kind: TargetKind, unit: TargetUnit | undefined): TargetUnit {
  return isShareTarget(kind) ? 'share' : (unit as TargetUnit);
}

const blank = (value: unknown) => value === undefined || value === null;

/**
 * Checks a target body (PATCH: `partial`, then check the merged target again). One error per bad
 * field, named as in the body.
 */
export function validateTargetInput(
  input: Record<string, unknown>,
  options: { partial?: boolean } = {},
): FieldError[] {
  const errors: FieldError[] = [];
  const add = (field: string, message: string) => errors.push({ field, message });
  const present = (field: string) => Object.hasOwn(input, field) && !blank(input[field]);
  const required = (field: string) => {
    if (!present(field) && (!options.partial || Object.hasOwn(input, field))) add(field, 'is required');
  };

  for (const key of Object.keys(input)) {
    if (!(FIELDS as readonly string[]).includes(key)) add(key, 'unknown field');
  }

  required('name');
  if (present('name')) {
    const name = input['name'];
    if (typeof name !== 'string' || name.trim() === '') add('name', 'must be a non-empty string');
    else if ([...name].length > TARGET_LIMITS.nameMaxLength) {
      add('name', `must be at most ${TARGET_LIMITS.nameMaxLength} characters`);
    } else if (hasControlCharacter(name)) add('name', 'must not contain control characters');
  }

  required('kind');
  const kind = input['kind'];
  const kindValid = typeof kind === 'string' && (TARGET_KINDS as readonly string[]).includes(kind);
  if (present('kind') && !kindValid) add('kind', `must be one of ${TARGET_KINDS.join(', ')}`);

  required('dimension');
  const dimension = input['dimension'];
  const dimensionValid =
    typeof dimension === 'string' && (GROUP_BYS as readonly string[]).includes(dimension);
  if (present('dimension') && !dimensionValid) add('dimension', `must be one of ${GROUP_BYS.join(', ')}`);

  required('key');
  if (present('key')) {
    const key = input['key'];
    if (typeof key !== 'string' || key.length > 200) add('key', 'must be a string of at most 200 characters');
    else if (dimensionValid) {
      const problem = groupKeyProblem(dimension as GroupBy, key);
      if (problem) add('key', `${problem} (for dimension ${String(dimension)})`);
    }
  }

  if (present('commodity')) {
    const commodity = input['commodity'];
    if (typeof commodity !== 'string' || !isCommodityCode(commodity)) add('commodity', 'unknown commodity');
  }

  required('value');
  if (present('value')) {
    const value = input['value'];
    if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
      add('value', 'must be a number greater than 0');
    } else if (value >= TARGET_LIMITS.valueBelow)
      add('value', `must be less than ${TARGET_LIMITS.valueBelow}`);
    else if (!hasAtMostDecimals(value, TARGET_LIMITS.valueDecimals)) {
      add('value', `must have at most ${TARGET_LIMITS.valueDecimals} decimal places`);
    } else if (kindValid && isShareTarget(kind as TargetKind) && value > 1) {
      add('value', 'a share is a fraction from 0 to 1 (0.6 = 60%)');
    }
  }

  if (present('unit')) {
    const unit = input['unit'];
    if (kindValid && isShareTarget(kind as TargetKind)) {
      if (unit !== 'share') add('unit', 'a share target has the unit share');
    } else if (typeof unit !== 'string' || !(FLOW_RATE_UNITS as readonly string[]).includes(unit)) {
      add('unit', `a flow-rate target's unit is one of ${FLOW_RATE_UNITS.join(', ')}`);
    }
  } else if (
    kindValid &&
    !isShareTarget(kind as TargetKind) &&
    (!options.partial || Object.hasOwn(input, 'unit'))
  ) {
    add('unit', `is required for a flow-rate target (one of ${FLOW_RATE_UNITS.join(', ')})`);
  }

  if (present('basis')) {
    const basis = input['basis'];
    if (typeof basis !== 'string' || !(CONCENTRATION_BASES as readonly string[]).includes(basis)) {
      add('basis', `must be one of ${CONCENTRATION_BASES.join(', ')}`);
    } else if (kindValid && !isShareTarget(kind as TargetKind) && basis !== 'volume') {
      add('basis', 'only share targets can be measured by value');
    }
  }

  if (present('notes')) {
    const notes = input['notes'];
    if (typeof notes !== 'string') add('notes', 'must be a string');
    else if ([...notes].length > TARGET_LIMITS.notesMaxLength) {
      add('notes', `must be at most ${TARGET_LIMITS.notesMaxLength} characters`);
    } else if (notes.includes('\u0000')) add('notes', 'must not contain NUL characters');
  }
  return errors;
}

/** Met or not, and actual minus target; both null when there is no actual. */
export function targetOutcome(
  kind: TargetKind,
  target: number,
  actual: number | null,
): { met: boolean | null; gap: number | null } {
  if (actual === null) return { met: null, gap: null };
  return { met: isMinimumTarget(kind) ? actual >= target : actual <= target, gap: actual - target };
}

/** A flow rate in the target's unit from a total over `days` days (tonnes for t/d, else barrels). */
export function flowRateIn(unit: TargetUnit, total: number, days: number): number {
  if (!(days > 0)) throw new RangeError(`a flow rate needs a positive number of days, got ${days}`);
  return unit === 'kb/d' ? total / days / 1000 : total / days;
}
