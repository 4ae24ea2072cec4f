import type { AnalyticsSummary } from '@tradeflow/domain';
import { changedScores, riskScoreRows } from './risk-scores-model';

const origins = {
  groups: [
    { key: 'SA', share: 0.6 },
    { key: 'AE', share: 0.4 },
  ],
} as unknown as AnalyticsSummary;

describe('risk score rows', () => {
  it('lists the suppliers first with their stored score or the default, then other scored countries', () => {
    const rows = riskScoreRows(
      {
        defaultScore: 0.5,
        items: [
          {
            country: 'RU',
            name: 'Russia',
            score: 0.8,
            isDefault: false,
            rationale: 'sanctions',
            updatedAt: null,
          },
          {
            country: 'SA',
            name: 'Saudi Arabia',
            score: 0.3,
            isDefault: false,
            rationale: null,
            updatedAt: null,
          },
        ],
      },
      origins,
    );
    expect(rows.map((row) => [row.country, row.score, row.isDefault, row.share])).toEqual([
      ['SA', 0.3, false, 0.6],
      ['AE', 0.5, true, 0.4],
      ['RU', 0.8, false, null],
    ]);
  });

  it('sends the edited rows only, numbers as numbers and other text as typed for the API to refuse', () => {
    const rows = riskScoreRows({ defaultScore: 0.5, items: [] }, origins);
    expect(
      changedScores(rows, { AE: { score: '0,7', rationale: ' ' }, SA: { score: 'high', rationale: 'x' } }),
    ).toEqual([
      { country: 'SA', score: 'high', rationale: 'x' },
      { country: 'AE', score: 0.7, rationale: null },
    ]);
  });
});
