import { isCommodityCode, COMMODITIES } from '../codes/commodities';
import { isCountryCode } from '../codes/countries';
import { hasAtMostDecimals } from '../shipment/decimal-places';
import type { FieldError } from '../shipment/shipment';
import { sharesOf } from './concentration';

/** The supply-risk score of a supplier country no admin has scored yet. */
export const DEFAULT_SUPPLY_RISK_SCORE = 0.5;

/** Decimals a risk score may have (the column is numeric(4,3)). */
export const SUPPLY_RISK_SCORE_DECIMALS = 3;

export const RISK_WEIGHTED_HHI_FORMULA =
  'risk-weighted HHI = sum over suppliers i of r_i x (100 x s_i)^2, with s_i the share of supplier i and r_i its supply-risk score (0..1; 0.5 until an admin sets it)';

export const RISK_WEIGHTED_HHI_SOURCE =
  "International Energy Agency (IEA), ESMC approach to energy security: supplier concentration (HHI) weighted by each supplier's risk";

/**
 * sum(r_i * (100 * s_i)^2) over the groups (shares of their amounts; the same key twice is summed).
 * null when the total is 0. With every score 1 it is the plain HHI; with every score 0.5 half of it.
 */
export function riskWeightedHhi(
  groups: readonly { key: string; amount: number }[],
  scoreOf: (key: string) => number,
): number | null {
  const amountByKey = new Map<string, number>();
  for (const { key, amount } of groups) amountByKey.set(key, (amountByKey.get(key) ?? 0) + amount);
  const keys = [...amountByKey.keys()];
  const shares = sharesOf(keys.map((key) => amountByKey.get(key) as number));
  if (!shares.some((share) => share > 0)) return null;
  return keys.reduce((sum, key, index) => sum + scoreOf(key) * (100 * (shares[index] as number)) ** 2, 0);
}

export const MAX_RISK_SCORES_PER_REQUEST = 300;
export const RISK_SCORE_RATIONALE_MAX_LENGTH = 500;

const SCORE_FIELDS = new Set(['country', 'score', 'rationale']);

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * Checks a PUT /api/risk-scores body `{ scores: [{ country, score, rationale? }] }`: ISO country
 * codes, each once, scores from 0 to 1 with at most 3 decimals. Fields are named with the index
 * (`scores[2].score`).
 */
export function validateRiskScoresBody(body: unknown): FieldError[] {
  if (!isObject(body)) return [{ field: 'body', message: 'must be a JSON object { "scores": [...] }' }];
  const errors: FieldError[] = Object.keys(body)
    .filter((key) => key !== 'scores')
    .map((key) => ({ field: key, message: 'unknown field' }));
  const scores = body['scores'];
  if (!Array.isArray(scores) || scores.length === 0) {
    return [
      ...errors,
      { field: 'scores', message: 'must be a non-empty array of { country, score, rationale? }' },
    ];
  }
  if (scores.length > MAX_RISK_SCORES_PER_REQUEST) {
    return [
      ...errors,
      { field: 'scores', message: `at most ${MAX_RISK_SCORES_PER_REQUEST} scores per request` },
    ];
  }
  const seen = new Map<string, number>();
  scores.forEach((item: unknown, index) => {
    const field = (name: string) => `scores[${index}].${name}`;
    if (!isObject(item)) {
      errors.push({ field: `scores[${index}]`, message: 'must be an object { country, score, rationale? }' });
      return;
    }
    for (const key of Object.keys(item))
      if (!SCORE_FIELDS.has(key)) errors.push({ field: field(key), message: 'unknown field' });
    const { country, score, rationale } = item;
    if (typeof country !== 'string' || !isCountryCode(country)) {
      errors.push({
        field: field('country'),
        message: 'must be an ISO 3166-1 alpha-2 country code, e.g. SA',
      });
    } else if (seen.has(country)) {
      errors.push({
        field: field('country'),
        message: `${country} is already scored at scores[${seen.get(country)}]`,
      });
    } else seen.set(country, index);
    if (typeof score !== 'number' || !Number.isFinite(score) || score < 0 || score > 1) {
      errors.push({
        field: field('score'),
        message: 'must be a number from 0 to 1 (0 = no supply risk, 1 = highest)',
      });
    } else if (!hasAtMostDecimals(score, SUPPLY_RISK_SCORE_DECIMALS)) {
      errors.push({
        field: field('score'),
        message: `must have at most ${SUPPLY_RISK_SCORE_DECIMALS} decimal places`,
      });
    }
    if (rationale !== undefined && rationale !== null) {
      if (typeof rationale !== 'string')
        errors.push({ field: field('rationale'), message: 'must be a string' });
      else if ([...rationale].length > RISK_SCORE_RATIONALE_MAX_LENGTH)
        errors.push({
          field: field('rationale'),
          message: `must be at most ${RISK_SCORE_RATIONALE_MAX_LENGTH} characters`,
        });
    }
  });
  return errors;
}

/** imports / (imports + domestic production), 0..1; null when there is no production figure or nothing at all. */
export function importDependency(importsTonnes: number, productionTonnes: number | null): number | null {
  if (productionTonnes === null) return null;
  const total = importsTonnes + productionTonnes;
  return total > 0 ? importsTonnes / total : null;
}

export const MAX_PRODUCTION_ITEMS_PER_REQUEST = 5_000;
const PRODUCTION_FIELDS = new Set([
  'destinationCountry',
  'commodity',
  'month',
  'productionTonnes',
  'consumptionTonnes',
]);
const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const TONNES_BELOW = 1e12;

function tonnesProblem(value: unknown, required: boolean): string | undefined {
  if (value === undefined || value === null) return required ? 'is required' : undefined;
  if (typeof value !== 'number' || !Number.isFinite(value)) return 'must be a number of tonnes';
  if (value < 0) return 'must not be negative';
  if (value >= TONNES_BELOW) return `must be less than ${TONNES_BELOW}`;
  return hasAtMostDecimals(value, 3) ? undefined : 'must have at most 3 decimal places';
}

/**
 * Checks a PUT /api/domestic-production body `{ items: [{ destinationCountry, commodity, month:
 * 'YYYY-MM', productionTonnes, consumptionTonnes? }] }`; each (country, commodity, month) once.
 */
export function validateDomesticProductionBody(body: unknown): FieldError[] {
  if (!isObject(body)) return [{ field: 'body', message: 'must be a JSON object { "items": [...] }' }];
  const errors: FieldError[] = Object.keys(body)
    .filter((key) => key !== 'items')
    .map((key) => ({ field: key, message: 'unknown field' }));
  const items = body['items'];
  if (!Array.isArray(items) || items.length === 0) {
    return [...errors, { field: 'items', message: 'must be a non-empty array of production figures' }];
  }
  if (items.length > MAX_PRODUCTION_ITEMS_PER_REQUEST) {
    return [
      ...errors,
      { field: 'items', message: `at most ${MAX_PRODUCTION_ITEMS_PER_REQUEST} items per request` },
    ];
  }
  const seen = new Map<string, number>();
  items.forEach((item: unknown, index) => {
    const field = (name: string) => `items[${index}].${name}`;
    if (!isObject(item)) {
      errors.push({
        field: `items[${index}]`,
        message: 'must be an object { destinationCountry, commodity, month, productionTonnes }',
      });
      return;
    }
    for (const key of Object.keys(item))
      if (!PRODUCTION_FIELDS.has(key)) errors.push({ field: field(key), message: 'unknown field' });
    const { destinationCountry, commodity, month, productionTonnes, consumptionTonnes } = item;
    if (typeof destinationCountry !== 'string' || !isCountryCode(destinationCountry))
      errors.push({
        field: field('destinationCountry'),
        message: 'must be an ISO 3166-1 alpha-2 country code, e.g. PK',
      });
    if (typeof commodity !== 'string' || !isCommodityCode(commodity))
      errors.push({
        field: field('commodity'),
        message: `must be one of ${COMMODITIES.map((c) => c.code).join(', ')}`,
      });
    if (
      typeof month !== 'string' ||
      !MONTH.test(month) ||
      Number(month.slice(0, 4)) < 1900 ||
      Number(month.slice(0, 4)) > 2100
    )
      errors.push({ field: field('month'), message: 'must be a month YYYY-MM between 1900 and 2100' });
    const production = tonnesProblem(productionTonnes, true);
    if (production) errors.push({ field: field('productionTonnes'), message: production });
    const consumption = tonnesProblem(consumptionTonnes, false);
    if (consumption) errors.push({ field: field('consumptionTonnes'), message: consumption });
    const key = `${String(destinationCountry)}|${String(commodity)}|${String(month)}`;
    if (seen.has(key))
      errors.push({
        field: field('month'),
        message: `repeats items[${seen.get(key)}] (same country, commodity and month)`,
      });
    else seen.set(key, index);
  });
  return errors;
}
