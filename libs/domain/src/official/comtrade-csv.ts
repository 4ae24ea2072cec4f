// UN Comtrade+ CSV (the header the Comtrade+ site and its API download): which columns are read, the
// header names they go by, and the rules that turn one line into an official trade flow, or skip it,
// or reject it. Pure: the API streams the file through these, the tests call them directly.
import { countryCodeOfAlpha3 } from '../codes/countries';
import type { CommodityCode } from '../codes/commodities';
import type { FieldError } from '../shipment/shipment';

/** The Comtrade+ header, in the order the site and the API write it. */
export const COMTRADE_COLUMNS = [
  'typeCode',
  'freqCode',
  'refPeriodId',
  'refYear',
  'refMonth',
  'period',
  'reporterCode',
  'reporterISO',
  'reporterDesc',
  'flowCode',
  'flowDesc',
  'partnerCode',
  'partnerISO',
  'partnerDesc',
  'partner2Code',
  'partner2ISO',
  'partner2Desc',
  'classificationCode',
  'classificationSearchCode',
  'isOriginalClassification',
  'cmdCode',
  'cmdDesc',
  'aggrLevel',
  'isLeaf',
  'customsCode',
  'customsDesc',
  'mosCode',
  'motCode',
  'motDesc',
  'qtyUnitCode',
  'qtyUnitAbbr',
  'qty',
  'isQtyEstimated',
  'altQtyUnitCode',
  'altQtyUnitAbbr',
  'altQty',
  'isAltQtyEstimated',
  'netWgt',
  'isNetWgtEstimated',
  'grossWgt',
  'isGrossWgtEstimated',
  'cifvalue',
  'fobvalue',
  'primaryValue',
  'legacyEstimationFlag',
  'isReported',
  'isAggregate',
] as const;
export type ComtradeColumn = (typeof COMTRADE_COLUMNS)[number];

/** The columns an import reads. A file must carry these (under a name below); the others are ignored. */
export const COMTRADE_REQUIRED_COLUMNS = [
  'period',
  'reporterISO',
  'flowCode',
  'partnerCode',
  'partnerISO',
  'partner2Code',
  'customsCode',
  'motCode',
  'cmdCode',
  'netWgt',
  'primaryValue',
] as const satisfies readonly ComtradeColumn[];

/**
 * Read when present: freqCode (absent in the legacy Comtrade files, whose monthly period is YYYYMM
 * and annual YYYY, so the period says it), the quantity (the weight when netWgt is empty and the
 * unit is kg) and the quality flags, kept as they are.
 */
export const COMTRADE_OPTIONAL_COLUMNS = [
  'freqCode',
  'qtyUnitCode',
  'qtyUnitAbbr',
  'qty',
  'isQtyEstimated',
  'isNetWgtEstimated',
  'cifvalue',
  'fobvalue',
  'legacyEstimationFlag',
  'isReported',
  'isAggregate',
] as const satisfies readonly ComtradeColumn[];

type ReadColumn = (typeof COMTRADE_REQUIRED_COLUMNS)[number] | (typeof COMTRADE_OPTIONAL_COLUMNS)[number];

/**
 * Other names of the columns read, compared case-insensitively like the names themselves: the
 * spellings of the Comtrade+ site download (CIFValue, FOBValue) and the column titles of the legacy
 * Comtrade (comtrade.un.org, before 2023) CSV, whose monthly files had the same rows.
 */
export const COMTRADE_COLUMN_ALIASES: Readonly<Record<ReadColumn, readonly string[]>> = {
  freqCode: ['freq', 'frequency'],
  period: ['Period', 'refPeriod'],
  reporterISO: ['Reporter ISO', 'ReporterISO3', 'rtCode3ISO'],
  flowCode: ['Trade Flow Code', 'TradeFlow Code', 'rgCode'],
  partnerCode: ['Partner Code', 'ptCode'],
  partnerISO: ['Partner ISO', 'PartnerISO3', 'ptCode3ISO'],
  partner2Code: ['2nd Partner Code', 'pt2Code'],
  customsCode: ['Customs Proc. Code', 'Customs Proc Code', 'customsProcCode'],
  motCode: ['Mode of Transport Code', 'motCd'],
  cmdCode: ['Commodity Code', 'cmdCd'],
  netWgt: ['Netweight (kg)', 'Netweightkg', 'Net Weight (kg)', 'NetWeight', 'netWeight'],
  primaryValue: ['Trade Value (US$)', 'TradeValueUS', 'Trade Value', 'TradeValue'],
  qtyUnitCode: ['Qty Unit Code', 'qtCode'],
  qtyUnitAbbr: ['Qty Unit', 'qtDesc'],
  qty: ['Qty', 'TradeQuantity'],
  isQtyEstimated: ['estCode'],
  isNetWgtEstimated: [],
  cifvalue: ['CIF Trade Value (US$)', 'CIF TradeValue', 'CIFValue'],
  fobvalue: ['FOB Trade Value (US$)', 'FOB TradeValue', 'FOBValue'],
  legacyEstimationFlag: ['Flag'],
  isReported: [],
  isAggregate: [],
};

/** Header name (lower case, spaces kept) -> the column it is. */
const COLUMN_BY_NAME = new Map<string, ReadColumn>(
  (Object.entries(COMTRADE_COLUMN_ALIASES) as [ReadColumn, readonly string[]][]).flatMap(
    ([column, aliases]) => [column, ...aliases].map((name) => [normaliseHeaderName(name), column] as const),
  ),
);

function normaliseHeaderName(name: string): string {
  return name.trim().toLowerCase();
}

/** Where each column read sits in the file's lines. */
export type ComtradeColumnIndex = Partial<Record<ReadColumn, number>>;

export type ComtradeHeader = { index: ComtradeColumnIndex; problem?: undefined } | { problem: string };

/**
 * The column positions of a header line, or the first required column it lacks (in the order of
 * COMTRADE_REQUIRED_COLUMNS). A column named twice is a problem too: which one to read is unclear.
 */
export function readComtradeHeader(cells: readonly string[]): ComtradeHeader {
  const index: ComtradeColumnIndex = {};
  for (const [position, cell] of cells.entries()) {
    const column = COLUMN_BY_NAME.get(normaliseHeaderName(cell));
    if (column === undefined) continue;
    if (index[column] !== undefined) {
      return {
        problem: `the header names the column ${column} twice ("${cells[index[column]]}" and "${cell}")`,
      };
    }
    index[column] = position;
  }
  const missing = COMTRADE_REQUIRED_COLUMNS.find((column) => index[column] === undefined);
  if (missing) {
    const aliases = COMTRADE_COLUMN_ALIASES[missing];
    return {
      problem: `the header has no column ${missing}${aliases.length ? ` (or ${aliases.map((a) => `"${a}"`).join(', ')})` : ''}: a UN Comtrade+ CSV starts with ${COMTRADE_COLUMNS.slice(0, 6).join(',')},...`,
    };
  }
  return { index };
}

/** HS codes kept, without dots, and the tradeflow commodity each is. 270900 is the one subheading of 2709. */
export const OFFICIAL_HS_CODES: Readonly<Record<string, { cmdCode: string; commodity: CommodityCode }>> = {
  '2709': { cmdCode: '2709', commodity: 'crude_oil' },
  '270900': { cmdCode: '2709', commodity: 'crude_oil' },
  '271112': { cmdCode: '271112', commodity: 'lpg' },
  '271113': { cmdCode: '271113', commodity: 'lpg' },
};

/** Why a line was left out; each reason is counted in the import's answer. */
export const COMTRADE_SKIP_REASONS = [
  'not_monthly',
  'not_import',
  'other_commodity',
  'world_partner',
  'second_partner_breakdown',
  'customs_procedure_breakdown',
  'transport_mode_breakdown',
] as const;
export type ComtradeSkipReason = (typeof COMTRADE_SKIP_REASONS)[number];

export const COMTRADE_SKIP_REASON_TEXT: Readonly<Record<ComtradeSkipReason, string>> = {
  not_monthly: 'annual or other non-monthly figures (freqCode is not M)',
  not_import: 'not an import (flowCode is not M)',
  other_commodity: 'a commodity other than HS 2709 (crude oil), 271112 or 271113 (LPG)',
  world_partner: 'partner World (partnerCode 0): the sum of the partner rows',
  second_partner_breakdown: 'a breakdown by second partner (partner2Code is not 0): counted in the total row',
  customs_procedure_breakdown:
    'a breakdown by customs procedure (customsCode is not C00): counted in the total row',
  transport_mode_breakdown: 'a breakdown by mode of transport (motCode is not 0): counted in the total row',
};

/** Comtrade quantity unit code 8 is kilograms. */
export const COMTRADE_KG_UNIT_CODE = '8';

/** One monthly import of an importer (the reporter) from a partner, as stored. */
export interface OfficialFlowInput {
  /** Reporter, ISO 3166-1 alpha-2. */
  importer: string;
  /** Partner (the origin), ISO 3166-1 alpha-2. */
  partner: string;
  /** HS code without dots: 2709, 271112, 271113. */
  cmdCode: string;
  commodity: CommodityCode;
  /** First day of the month, YYYY-MM-01. */
  month: string;
  flowCode: 'M';
  tonnes: number;
  valueUsd: number;
  cifValueUsd: number | null;
  fobValueUsd: number | null;
  /** Where the tonnes come from: netWgt, or qty in kg when netWgt is empty. */
  weightSource: 'net_weight' | 'quantity';
  isNetWgtEstimated: boolean | null;
  isQtyEstimated: boolean | null;
  isReported: boolean | null;
  isAggregate: boolean | null;
  legacyEstimationFlag: number | null;
}

export type ComtradeLine =
  | { kind: 'kept'; flow: OfficialFlowInput }
  | { kind: 'skipped'; reason: ComtradeSkipReason }
  | { kind: 'rejected'; reference: string | null; errors: FieldError[] };

/** Legacy Comtrade wrote imports as trade flow code 1. */
const IMPORT_FLOW_CODES = new Set(['M', '1']);

/**
 * One data line: kept (a monthly import of crude or LPG from a partner, a total row), skipped (with
 * the reason) or rejected (with the columns at fault). Skips are decided first, so a line that is not
 * wanted is never rejected for its other cells.
 */
export function parseComtradeLine(cells: readonly string[], index: ComtradeColumnIndex): ComtradeLine {
  const cell = (column: ReadColumn): string => {
    const position = index[column];
    return position === undefined ? '' : (cells[position] ?? '').trim();
  };
  const period = cell('period');
  const frequency = cell('freqCode').toUpperCase() || (/^\d{6}$/.test(period) ? 'M' : 'A');
  if (frequency !== 'M') return { kind: 'skipped', reason: 'not_monthly' };
  if (!IMPORT_FLOW_CODES.has(cell('flowCode').toUpperCase()))
    return { kind: 'skipped', reason: 'not_import' };
  const hs = OFFICIAL_HS_CODES[cell('cmdCode').replace(/\./g, '')];
  if (!hs) return { kind: 'skipped', reason: 'other_commodity' };
  if (codeNumber(cell('partnerCode')) === 0) return { kind: 'skipped', reason: 'world_partner' };
  if (!isZeroOrEmpty(cell('partner2Code'))) return { kind: 'skipped', reason: 'second_partner_breakdown' };
  const customs = cell('customsCode').toUpperCase();
  if (customs !== '' && customs !== 'C00') return { kind: 'skipped', reason: 'customs_procedure_breakdown' };
  if (!isZeroOrEmpty(cell('motCode'))) return { kind: 'skipped', reason: 'transport_mode_breakdown' };

  const errors: FieldError[] = [];
  const reporterIso = cell('reporterISO');
  const partnerIso = cell('partnerISO');
  const reference = [reporterIso, partnerIso, hs.cmdCode, period].every(Boolean)
    ? `${reporterIso}/${partnerIso}/${hs.cmdCode}/${period}`
    : null;
  const importer = countryCodeOfAlpha3(reporterIso);
  if (!importer) errors.push({ field: 'reporterISO', message: unknownCountry(reporterIso) });
  const partner = countryCodeOfAlpha3(partnerIso);
  if (!partner) errors.push({ field: 'partnerISO', message: unknownCountry(partnerIso) });
  else if (partner === importer) {
    errors.push({
      field: 'partnerISO',
      message: `partner ${partnerIso} is the reporter itself (re-imports are not supplies)`,
    });
  }
  const month = monthOfPeriod(period);
  if (!month) errors.push({ field: 'period', message: `period must be a month as YYYYMM, got "${period}"` });

  const weight = weightInTonnes(cell);
  if ('error' in weight) errors.push(weight.error);
  const value = decimal(cell('primaryValue'));
  if (value === null || value < 0) {
    errors.push({
      field: 'primaryValue',
      message: `primaryValue must be a USD amount of 0 or more, got "${cell('primaryValue')}"`,
    });
  }
  const cif = optionalAmount(cell('cifvalue'), 'cifvalue', errors);
  const fob = optionalAmount(cell('fobvalue'), 'fobvalue', errors);
  const legacyFlag = cell('legacyEstimationFlag');
  const legacyEstimationFlag = legacyFlag === '' ? null : Number(legacyFlag);
  if (legacyEstimationFlag !== null && !Number.isInteger(legacyEstimationFlag)) {
    errors.push({
      field: 'legacyEstimationFlag',
      message: `legacyEstimationFlag must be a whole number, got "${legacyFlag}"`,
    });
  }
  const flags = {
    isNetWgtEstimated: flag(cell('isNetWgtEstimated'), 'isNetWgtEstimated', errors),
    isQtyEstimated: flag(cell('isQtyEstimated'), 'isQtyEstimated', errors),
    isReported: flag(cell('isReported'), 'isReported', errors),
    isAggregate: flag(cell('isAggregate'), 'isAggregate', errors),
  };
  if (errors.length || !importer || !partner || !month || 'error' in weight || value === null) {
    return { kind: 'rejected', reference, errors };
  }
  return {
    kind: 'kept',
    flow: {
      importer,
      partner,
      cmdCode: hs.cmdCode,
      commodity: hs.commodity,
      month,
      flowCode: 'M',
      tonnes: weight.tonnes,
      valueUsd: Math.round(value * 100) / 100,
      cifValueUsd: cif,
      fobValueUsd: fob,
      weightSource: weight.source,
      ...flags,
      legacyEstimationFlag,
    },
  };
}

/** The key that makes two lines the same flow (a re-import updates the stored row of that key). */
export function officialFlowKey(
  flow: Pick<OfficialFlowInput, 'importer' | 'partner' | 'cmdCode' | 'month' | 'flowCode'>,
): string {
  return `${flow.importer}|${flow.partner}|${flow.cmdCode}|${flow.month}|${flow.flowCode}`;
}

function unknownCountry(alpha3: string): string {
  return alpha3 === ''
    ? 'an ISO 3166-1 alpha-3 country code is required'
    : `unknown ISO 3166-1 alpha-3 country code "${alpha3}"`;
}

function monthOfPeriod(period: string): string | null {
  const match = /^(\d{4})(\d{2})$/.exec(period);
  if (!match) return null;
  const month = Number(match[2]);
  return month >= 1 && month <= 12 ? `${match[1]}-${match[2]}-01` : null;
}

/** netWgt in kg, else qty when its unit is kg; tonnes to 3 decimals (whole kilograms). */
function weightInTonnes(
  cell: (column: ReadColumn) => string,
): { tonnes: number; source: 'net_weight' | 'quantity' } | { error: FieldError } {
  const netWgt = cell('netWgt');
  if (netWgt !== '') {
    const kg = decimal(netWgt);
    if (kg === null || kg < 0)
      return { error: { field: 'netWgt', message: `netWgt must be kilograms (0 or more), got "${netWgt}"` } };
    return { tonnes: kgToTonnes(kg), source: 'net_weight' };
  }
  const qty = cell('qty');
  const inKg = cell('qtyUnitCode') === COMTRADE_KG_UNIT_CODE || cell('qtyUnitAbbr').toLowerCase() === 'kg';
  if (qty !== '' && inKg) {
    const kg = decimal(qty);
    if (kg === null || kg < 0)
      return { error: { field: 'qty', message: `qty must be kilograms (0 or more), got "${qty}"` } };
    return { tonnes: kgToTonnes(kg), source: 'quantity' };
  }
  return {
    error: {
      field: 'netWgt',
      message:
        'netWgt is empty and qty is not in kg (qtyUnitCode 8 / qtyUnitAbbr kg): the line has no weight',
    },
  };
}

export function kgToTonnes(kg: number): number {
  return Math.round(kg) / 1000;
}

function decimal(text: string): number | null {
  if (!/^-?\d+(\.\d+)?([eE][+-]?\d+)?$/.test(text)) return null;
  const value = Number(text);
  return Number.isFinite(value) ? value : null;
}

function optionalAmount(text: string, field: string, errors: FieldError[]): number | null {
  if (text === '') return null;
  const value = decimal(text);
  if (value === null || value < 0) {
    errors.push({ field, message: `${field} must be a USD amount of 0 or more, got "${text}"` });
    return null;
  }
  return Math.round(value * 100) / 100;
}

const TRUE_FLAGS = new Set(['true', '1']);
const FALSE_FLAGS = new Set(['false', '0']);

function flag(text: string, field: string, errors: FieldError[]): boolean | null {
  const value = text.toLowerCase();
  if (value === '') return null;
  if (TRUE_FLAGS.has(value)) return true;
  if (FALSE_FLAGS.has(value)) return false;
  errors.push({ field, message: `${field} must be true or false, got "${text}"` });
  return null;
}

function codeNumber(text: string): number | null {
  return /^\d+$/.test(text) ? Number(text) : null;
}

function isZeroOrEmpty(text: string): boolean {
  return text === '' || codeNumber(text) === 0;
}
