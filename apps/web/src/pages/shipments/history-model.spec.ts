import type { AuditEntry } from '@tradeflow/domain';
import { historyItems, valueText } from './history-model';

const entry = (overrides: Partial<AuditEntry>): AuditEntry => ({
  id: '1',
  occurredAt: '2026-11-29T08:06:06.559Z',
  actorType: 'user',
  actorId: null,
  actorName: 'admin',
  action: 'shipment.create',
  entityType: 'shipment',
  entityId: 'x',
  before: null,
  after: null,
  changedFields: [],
  requestId: null,
  ...overrides,
});

describe('shipment history', () => {
  it('lists changes newest first, field by field, without derived fields', () => {
    const items = historyItems([
      entry({ id: '1', action: 'shipment.create' }),
      entry({
        id: '2',
        occurredAt: '2026-11-30T09:15:00.000Z',
        action: 'shipment.update',
        actorName: 'analyst',
        before: { volumeTonnes: 45000, volumeBarrels: 329850, updatedAt: 'a' },
        after: { volumeTonnes: 45142, volumeBarrels: 330890.86, updatedAt: 'b' },
        changedFields: ['volumeTonnes', 'volumeBarrels', 'updatedAt'],
      }),
    ]);
    expect(items.map((item) => [item.id, item.what, item.who, item.when])).toEqual([
      ['2', 'Changed', 'analyst', '30 Nov 2026, 09:15 UTC'],
      ['1', 'Created', 'admin', '29 Nov 2026, 08:06 UTC'],
    ]);
    expect(items[0]?.changes).toEqual([{ field: 'Volume (t)', before: '45,000', after: '45,142' }]);
  });

  it('writes legs, lists and blanks shortly', () => {
    expect(valueText([{ mode: 'sea', from: 'RU', to: 'OM' }])).toBe('sea RU\u2192OM');
    expect(valueText(['UZ', 'AF'])).toBe('UZ, AF');
    expect(valueText(null)).toBe('—');
    expect(valueText([])).toBe('—');
  });
});
