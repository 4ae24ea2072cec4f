// Concentration of imports across suppliers (or currencies, routes, ...), docs/csv-contract.md
// "Analytics definitions": shares s_i = amount_i / total, HHI = sum((100 s_i)^2) on the US DOJ/FTC
// 0-10,000 scale, effective number of suppliers 10000 / HHI, Shannon diversity -sum(s_i ln s_i).

export interface ConcentrationIndices {
  hhi: number | null;
  effectiveSuppliers: number | null;
  shannon: number | null;
  topKey: string | null;
  topShare: number | null;
}

/** Each value's share of the total; all 0 when the total is 0. Values must be finite and >= 0. */
export function sharesOf(values: readonly number[]): number[] {
  for (const v of values) {
    if (!Number.isFinite(v) || v < 0) throw new RangeError(`shares need finite amounts >= 0, got ${v}`);
  }
  const total = values.reduce((sum, v) => sum + v, 0);
  return values.map((v) => (total === 0 ? 0 : v / total));
}

/** Herfindahl-Hirschman index of shares (fractions summing to 1): 0..10,000. */
export function herfindahlIndex(shares: readonly number[]): number {
  return shares.reduce((sum, s) => sum + (100 * s) ** 2, 0);
}

/** The number of equal-sized suppliers that would give the same HHI. */
export function effectiveSuppliers(hhi: number | null): number | null {
  return hhi === null || hhi === 0 ? null : 10_000 / hhi;
}

/** Shannon diversity in nats; a zero share contributes 0 (the limit of s ln s as s -> 0). */
export function shannonIndex(shares: readonly number[]): number {
  const h = -shares.reduce((sum, s) => (s > 0 ? sum + s * Math.log(s) : sum), 0);
  return h === 0 ? 0 : h; // never -0 for a single supplier
}

/**
 * HHI rescaled to 0..1 for n suppliers, (H - 1/n) / (1 - 1/n) with H = HHI / 10,000, as the
 * World Bank WITS concentration index does. null for n <= 1, where it is 0/0.
 */
export function normalisedHhi(hhi: number | null, n: number): number | null {
  if (hhi === null || n <= 1) return null;
  return (hhi / 10_000 - 1 / n) / (1 - 1 / n);
}

/**
 * All indices for amounts grouped by key (the same key twice is summed). All null when the total
 * is 0 or there are no groups. The top group is the largest; ties go to the first key in sort order.
 */
export function concentrationOf(groups: readonly { key: string; amount: number }[]): ConcentrationIndices {
  const amountByKey = new Map<string, number>();
  for (const { key, amount } of groups) amountByKey.set(key, (amountByKey.get(key) ?? 0) + amount);

  // In key order: floating-point sums then do not depend on the order the groups came in.
  const keys = [...amountByKey.keys()].sort();
  const shares = sharesOf(keys.map((k) => amountByKey.get(k) as number));
  if (!shares.some((s) => s > 0)) {
    return { hhi: null, effectiveSuppliers: null, shannon: null, topKey: null, topShare: null };
  }

  let top = 0;
  for (let i = 1; i < keys.length; i++) {
    if (shares[i] > shares[top] || (shares[i] === shares[top] && keys[i] < keys[top])) top = i;
  }
  const hhi = herfindahlIndex(shares);
  return {
    hhi,
    effectiveSuppliers: effectiveSuppliers(hhi),
    shannon: shannonIndex(shares),
    topKey: keys[top],
    topShare: shares[top],
  };
}

export interface ConcentrationProfile extends ConcentrationIndices {
  /** Share of the three largest groups (all of them when fewer). */
  top3Share: number | null;
  /** WITS-normalised HHI over the groups with a non-zero amount. */
  normalisedHhi: number | null;
  /** Groups with a non-zero amount. */
  suppliers: number;
}

/** concentrationOf plus the top-3 share, the supplier count and the normalised HHI. */
export function concentrationProfile(
  groups: readonly { key: string; amount: number }[],
): ConcentrationProfile {
  const indices = concentrationOf(groups);
  const amountByKey = new Map<string, number>();
  for (const { key, amount } of groups) amountByKey.set(key, (amountByKey.get(key) ?? 0) + amount);
  const amounts = [...amountByKey.values()].filter((amount) => amount > 0).sort((a, b) => b - a);
  const total = amounts.reduce((sum, amount) => sum + amount, 0);
  const suppliers = amounts.length;
  return {
    ...indices,
    top3Share: total > 0 ? amounts.slice(0, 3).reduce((sum, amount) => sum + amount, 0) / total : null,
    normalisedHhi: normalisedHhi(indices.hhi, suppliers),
    suppliers,
  };
}

/** part / total, or null when the total is 0. */
export function shareOrNull(part: number, total: number): number | null {
  return total > 0 ? part / total : null;
}
