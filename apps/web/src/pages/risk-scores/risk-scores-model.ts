import type { AnalyticsSummary, SupplierRiskScoreInput, SupplierRiskScoreList } from '@tradeflow/domain';

export interface RiskScoreRow {
  country: string;
  /** Share of the selection's volume; null for a scored country that supplied nothing in it. */
  share: number | null;
  score: number;
  isDefault: boolean;
  rationale: string;
}

/** The suppliers of the selection (largest first), then the other scored countries. */
export function riskScoreRows(
  list: SupplierRiskScoreList,
  origins: AnalyticsSummary | undefined,
): RiskScoreRow[] {
  const stored = new Map(list.items.map((item) => [item.country, item]));
  const suppliers = (origins?.groups ?? []).map((group) => group.key);
  const countries = [
    ...suppliers,
    ...list.items.map((item) => item.country).filter((c) => !suppliers.includes(c)),
  ];
  const shareOf = new Map((origins?.groups ?? []).map((group) => [group.key, group.share]));
  return countries.map((country) => {
    const item = stored.get(country);
    return {
      country,
      share: shareOf.get(country) ?? null,
      score: item?.score ?? list.defaultScore,
      isDefault: !item,
      rationale: item?.rationale ?? '',
    };
  });
}

/** The PUT body for the edited rows: a number where the text is one (else the text, for the API to refuse). */
export function changedScores(
  rows: readonly RiskScoreRow[],
  edits: Readonly<Record<string, { score: string; rationale: string }>>,
): SupplierRiskScoreInput[] {
  return rows
    .filter((row) => edits[row.country] !== undefined)
    .map((row) => {
      const edit = edits[row.country] as { score: string; rationale: string };
      const text = edit.score.trim().replace(',', '.');
      return {
        country: row.country,
        score: (/^-?\d*\.?\d+$/.test(text) ? Number(text) : text) as number,
        rationale: edit.rationale.trim() || null,
      };
    });
}
