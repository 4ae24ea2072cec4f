/**
 * The delivery term a shipment's value is quoted on (Incoterms 2020): FOB free on board at the load
 * port (the buyer pays freight and insurance), CFR cost and freight, CIF cost, insurance and freight,
 * DES delivered ex ship (delivered at the discharge port; DAP in Incoterms 2020). `unknown` when not
 * recorded. A landed price compares like with like only on the same basis: FOB excludes the freight
 * that CFR/CIF/DES include.
 */
export const PRICE_BASES = ['FOB', 'CFR', 'CIF', 'DES', 'unknown'] as const;

export type PriceBasis = (typeof PRICE_BASES)[number];

export const DEFAULT_PRICE_BASIS: PriceBasis = 'unknown';

export function isPriceBasis(value: string): value is PriceBasis {
  return (PRICE_BASES as readonly string[]).includes(value);
}
