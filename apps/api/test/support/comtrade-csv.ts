import { COMTRADE_COLUMNS, type ComtradeColumn } from '@tradeflow/domain';
import { csvCell } from './shipment-csv';

export type ComtradeRow = Record<ComtradeColumn, string>;

/**
 * A Comtrade+ line as the API downloads it: Pakistan's June 2023 crude imports from Saudi Arabia,
 * a total row (partner2 World, customs C00, mode 0), 45,142,000 kg for USD 25,279,520; override what
 * the test is about.
 */
export function aComtradeRow(overrides: Partial<ComtradeRow> = {}): ComtradeRow {
  const base: ComtradeRow = {
    typeCode: 'C',
    freqCode: 'M',
    refPeriodId: '20230601',
    refYear: '2023',
    refMonth: '6',
    period: '202306',
    reporterCode: '586',
    reporterISO: 'PAK',
    reporterDesc: 'Pakistan',
    flowCode: 'M',
    flowDesc: 'Import',
    partnerCode: '682',
    partnerISO: 'SAU',
    partnerDesc: 'Saudi Arabia',
    partner2Code: '0',
    partner2ISO: 'W00',
    partner2Desc: 'World',
    classificationCode: 'H6',
    classificationSearchCode: 'HS',
    isOriginalClassification: 'true',
    cmdCode: '2709',
    cmdDesc: 'Petroleum oils, crude',
    aggrLevel: '4',
    isLeaf: 'false',
    customsCode: 'C00',
    customsDesc: 'TOTAL CPC',
    mosCode: '0',
    motCode: '0',
    motDesc: 'TOTAL MOT',
    qtyUnitCode: '8',
    qtyUnitAbbr: 'kg',
    qty: '45142000',
    isQtyEstimated: 'false',
    altQtyUnitCode: '8',
    altQtyUnitAbbr: 'kg',
    altQty: '45142000',
    isAltQtyEstimated: 'false',
    netWgt: '45142000',
    isNetWgtEstimated: 'false',
    grossWgt: '45142000',
    isGrossWgtEstimated: 'false',
    cifvalue: '25279520',
    fobvalue: '',
    primaryValue: '25279520',
    legacyEstimationFlag: '0',
    isReported: 'true',
    isAggregate: 'false',
  };
  return { ...base, ...overrides };
}

/** A whole file; `header` renames columns (case, aliases), `drop` leaves columns out. */
export function comtradeFile(
  rows: ComtradeRow[],
  options: { header?: Partial<Record<ComtradeColumn, string>>; drop?: ComtradeColumn[] } = {},
): string {
  const columns = COMTRADE_COLUMNS.filter((column) => !options.drop?.includes(column));
  const header = columns.map((column) => options.header?.[column] ?? column);
  const lines = rows.map((row) => columns.map((column) => csvCell(row[column])).join(','));
  return `${[header.map(csvCell).join(','), ...lines].join('\n')}\n`;
}

export const CSV = { 'content-type': 'text/csv' };
