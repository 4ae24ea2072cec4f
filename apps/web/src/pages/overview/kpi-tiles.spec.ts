import { shipmentsDetail } from './kpi-tiles';

describe('the shipments tile', () => {
  it('says how many of the cargoes counted have not arrived yet', () => {
    expect(shipmentsDetail(1698, 2)).toBe('1,696 arrived, 2 still expected');
    expect(shipmentsDetail(20, 0)).toBe('cargoes arrived');
  });
});
