import {
  formatEffectiveSuppliers,
  formatHhi,
  formatInteger,
  formatPointChange,
  formatShare,
  formatSignedInteger,
  formatSignedPercent,
  formatVolume,
  formatVolumeShort,
  formatVolumeTick,
  formatUsdShort,
  relativeChange,
} from './numbers';

describe('number formatting', () => {
  it('groups thousands and uses a real minus sign', () => {
    expect(formatInteger(1234567.4)).toBe('1,234,567');
    expect(formatInteger(-1500)).toBe('\u22121,500');
    expect(formatInteger(-0.2)).toBe('0');
  });

  it('shortens volumes to three significant digits with the right prefix', () => {
    expect(formatVolumeShort(12_400_000, 't')).toBe('12.4 Mt');
    expect(formatVolumeShort(45_000, 't')).toBe('45.0 kt');
    expect(formatVolumeShort(850, 't')).toBe('850 t');
    expect(formatVolumeShort(999_999, 't')).toBe('1.00 Mt');
    expect(formatVolumeShort(91_234_000, 'bbl')).toBe('91.2 M bbl');
    expect(formatVolumeShort(329_850, 'bbl')).toBe('330 k bbl');
    expect(formatVolumeShort(2_500_000_000, 'bbl')).toBe('2.50 bn bbl');
  });

  it('drops trailing zeros on axis ticks', () => {
    expect(formatVolumeTick(1_000_000, 't')).toBe('1 Mt');
    expect(formatVolumeTick(800_000, 't')).toBe('800 kt');
    expect(formatVolumeTick(2_500_000, 't')).toBe('2.5 Mt');
    expect(formatVolumeTick(0, 'bbl')).toBe('0 bbl');
  });

  it('writes full volumes for tables', () => {
    expect(formatVolume(45_142.5, 't')).toBe('45,143 t');
    expect(formatVolume(329_850, 'bbl')).toBe('329,850 bbl');
  });

  it('formats shares, HHI and effective suppliers', () => {
    expect(formatShare(0.18434)).toBe('18.4%');
    expect(formatShare(1)).toBe('100.0%');
    expect(formatHhi(2345.6)).toBe('2,346');
    expect(formatEffectiveSuppliers(4.267)).toBe('4.3');
    expect(formatUsdShort(128_000_000)).toBe('$128 M');
  });

  it('signs changes, and drops the sign of a change that rounds to zero', () => {
    expect(formatSignedPercent(0.042)).toBe('+4.2%');
    expect(formatSignedPercent(-0.13)).toBe('\u221213.0%');
    expect(formatSignedPercent(-0.0001)).toBe('0.0%');
    expect(formatPointChange(0.012)).toBe('+1.2 pp');
    expect(formatPointChange(-0.2)).toBe('\u221220.0 pp');
    expect(formatSignedInteger(120)).toBe('+120');
    expect(formatSignedInteger(-3)).toBe('\u22123');
    expect(formatSignedInteger(0)).toBe('0');
  });

  it('computes a relative change only against a non-zero previous value', () => {
    expect(relativeChange(110, 100)).toBeCloseTo(0.1);
    expect(relativeChange(5, 0)).toBeNull();
    expect(relativeChange(5, null)).toBeNull();
  });
});
