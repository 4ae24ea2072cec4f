import {
  flaggedPeriods,
  flowSummary,
  hhiWithBand,
  lineSummary,
  mixSummary,
  shareSummary,
  stackedSummary,
  targetSummary,
} from './chart-summary';

const item = (label: string, value: number) => ({ label, value });

describe('chart summaries: what a screen reader hears after the chart name', () => {
  it('names each share of the total, largest first, in whole percents', () => {
    expect(shareSummary([item('UAE', 34), item('Saudi Arabia', 39), item('Kuwait', 27)])).toBe(
      'Saudi Arabia 39%, UAE 34%, Kuwait 27%',
    );
  });

  it('groups all but the four largest as others, and says "<1%" for a sliver', () => {
    const summary = shareSummary([
      item('Saudi Arabia', 3900),
      item('UAE', 3400),
      item('Kuwait', 1500),
      item('Qatar', 700),
      item('Russia', 460),
      item('Oman', 36),
      item('Iraq', 4),
    ]);
    expect(summary).toBe('Saudi Arabia 39%, UAE 34%, Kuwait 15%, Qatar 7%, 3 others 5%');
    expect(shareSummary([item('Saudi Arabia', 999), item('Norway', 1)])).toBe(
      'Saudi Arabia 100%, Norway <1%',
    );
  });

  it('names a fifth item instead of saying "1 others", leaves zeros out, and says nothing of an empty chart', () => {
    expect(
      shareSummary([item('a', 40), item('b', 30), item('c', 15), item('d', 10), item('e', 5), item('f', 0)]),
    ).toBe('a 40%, b 30%, c 15%, d 10%, e 5%');
    expect(shareSummary([item('a', 0)])).toBe('');
    expect(shareSummary([])).toBe('');
  });

  it('adds each stacked series up over its periods (gaps count as nothing)', () => {
    expect(
      stackedSummary([
        { label: 'Saudi Arabia', values: [30, 30, null] },
        { label: 'Russia', values: [0, 10, 30] },
      ]),
    ).toBe('Saudi Arabia 60%, Russia 40%');
  });

  it('reads a 100% stacked chart at its first and last period with anything in it', () => {
    const periods = ['2022 Q3', '2022 Q4', '2023 Q1', '2023 Q2'];
    const series = [
      { label: 'USD', values: [100, 100, 70, 0] },
      { label: 'CNY', values: [0, 0, 30, 0] },
    ];
    expect(mixSummary(periods, series)).toBe('2022 Q3: USD 100%. 2023 Q1: USD 70%, CNY 30%');
    expect(mixSummary(['Delivered'], [{ label: 'USD', values: [100] }])).toBe('Delivered: USD 100%');
    expect(mixSummary(['2022 Q3'], [{ label: 'USD', values: [0] }])).toBe('');
  });

  it('reads a line at its first and last point, with the highest when it lies between', () => {
    const format = (value: number) => String(value);
    expect(lineSummary('HHI', ['Q1', 'Q2', 'Q3', 'Q4'], [null, 2400, 2900, 1800], format)).toBe(
      'HHI 2400 in Q2, 1800 in Q4; highest 2900 in Q3',
    );
    expect(lineSummary('HHI', ['Q1', 'Q2'], [1000, 3000], format)).toBe('HHI 1000 in Q1, 3000 in Q2');
    expect(lineSummary('Suppliers', ['Q1', 'Q2', 'Q3'], [3.3, 3.44, 3.4], (value) => value.toFixed(1))).toBe(
      'Suppliers 3.3 in Q1, 3.4 in Q3',
    );
    expect(lineSummary('HHI', ['Q1', 'Q2'], [null, 3000], format)).toBe('HHI 3000 in Q2');
    expect(lineSummary('HHI', ['Q1'], [null], format)).toBe('HHI: no data');
  });

  it('names an HHI with its band under the thresholds drawn, or alone when they are not known yet', () => {
    const thresholds = { moderateFrom: 1000, highAbove: 1800 };
    expect(hhiWithBand(2450.4, thresholds)).toBe('2,450 (highly concentrated)');
    expect(hhiWithBand(1800, thresholds)).toBe('1,800 (moderately concentrated)');
    expect(hhiWithBand(999, thresholds)).toBe('999 (unconcentrated)');
    expect(hhiWithBand(2450, undefined)).toBe('2,450');
  });

  it('lists the flagged periods, and counts them when there are many', () => {
    expect(flaggedPeriods(['Q1', 'Q2', 'Q3'], [false, true, false])).toBe('in Q2');
    expect(flaggedPeriods(['Q1', 'Q2', 'Q3'], [true, false, true])).toBe('in Q1 and Q3');
    expect(flaggedPeriods(['Q1', 'Q2', 'Q3'], [true, true, true])).toBe('in Q1, Q2 and Q3');
    expect(flaggedPeriods(['a', 'b', 'c', 'd', 'e', 'f'], [true, true, true, true, true, false])).toBe(
      'in 5 periods, the last e',
    );
    expect(flaggedPeriods(['Q1'], [false])).toBe('');
  });

  it('says in how many measured periods a target was met, and when it was missed', () => {
    expect(targetSummary(['FY1', 'FY2', 'FY3', 'FY4'], [true, false, null, false])).toBe(
      'met in 1 of 3 periods; missed in FY2 and FY4',
    );
    expect(targetSummary(['FY1'], [true])).toBe('met in 1 of 1 period');
    expect(targetSummary(['FY1'], [null])).toBe('no period measured');
  });

  it('reads a flow diagram column by column, each node by what passes through it', () => {
    const flows = [
      { from: 'o:SA', to: 'r:sea', flow: 60 },
      { from: 'o:RU', to: 'r:sea', flow: 30 },
      { from: 'o:RU', to: 'r:road', flow: 10 },
      { from: 'r:sea', to: 'p:KHI', flow: 90 },
      { from: 'r:road', to: 'p:none', flow: 10 },
    ];
    const columns = { 'o:SA': 0, 'o:RU': 0, 'r:sea': 1, 'r:road': 1, 'p:KHI': 2, 'p:none': 2 };
    const names = {
      'o:SA': 'Saudi Arabia',
      'o:RU': 'Russia',
      'r:sea': 'Sea',
      'r:road': 'Road via Afghanistan',
      'p:KHI': 'Karachi',
      'p:none': 'No port',
    };
    expect(flowSummary(flows, columns, names, ['Origins', 'Routes', 'Discharge ports'])).toBe(
      'Origins: Saudi Arabia 60%, Russia 40%. Routes: Sea 90%, Road via Afghanistan 10%. ' +
        'Discharge ports: Karachi 90%, No port 10%',
    );
  });
});
