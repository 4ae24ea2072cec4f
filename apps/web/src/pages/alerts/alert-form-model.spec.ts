import { alertInput, newAlertForm } from './alert-form-model';

describe('the alert form', () => {
  it('prefills a share alert from the dashboard filters in the address: a single origin becomes the key', () => {
    const form = newAlertForm(new URLSearchParams('origin=RU&commodity=crude_oil&granularity=quarter'));
    expect(form).toMatchObject({
      metric: 'share',
      dimension: 'origin',
      key: 'RU',
      filters: { commodity: ['crude_oil'] },
    });
  });

  it('keeps several origins as a filter', () => {
    const form = newAlertForm(new URLSearchParams('origin=RU,SA&currency=CNY'));
    expect(form).toMatchObject({ key: '', filters: { origin: ['RU', 'SA'], currency: ['CNY'] } });
  });

  it('sends a share threshold typed in percent as a fraction', () => {
    const form = { ...newAlertForm(new URLSearchParams('origin=RU')), name: 'RU', threshold: '40' };
    expect(alertInput(form)).toMatchObject({ threshold: 0.4, params: { key: 'RU', dimension: 'origin' } });
  });

  it('sends no operator for a target alert and no window for staleness', () => {
    const base = newAlertForm(new URLSearchParams());
    expect(alertInput({ ...base, metric: 'target', targetId: 'x' })).not.toHaveProperty('operator');
    expect(alertInput({ ...base, metric: 'days_since_last_arrival', threshold: '14' })).toMatchObject({
      threshold: 14,
    });
    expect(alertInput({ ...base, metric: 'days_since_last_arrival' })).not.toHaveProperty('window');
  });
});
