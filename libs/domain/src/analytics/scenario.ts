import {
  ANALYTICS_GROUP_BYS,
  type AnalyticsGroupBy,
  type ScenarioExclusion,
  type ScenarioFigures,
} from '../contract/analytics-contract';
import { concentrationOf } from './concentration';
import { groupKeyProblem, groupLabel } from './group-keys';

/** Most items one `exclude` parameter may hold. */
export const MAX_SCENARIO_EXCLUSIONS = 100;

export interface ParsedExclusions {
  exclusions: ScenarioExclusion[];
  /** One message per bad item, naming it; empty when everything parsed. */
  problems: string[];
}

/**
 * Parses `origin:SA,route:road via UZ|AF,currency:CNY`: comma-separated `dimension:key` items
 * (spaces around items are ignored, a repeated item counts once).
 */
export function parseScenarioExclusions(text: string): ParsedExclusions {
  const items = text.split(',').map((item) => item.trim());
  if (items.length > MAX_SCENARIO_EXCLUSIONS) {
    return { exclusions: [], problems: [`at most ${MAX_SCENARIO_EXCLUSIONS} items, got ${items.length}`] };
  }
  const exclusions: ScenarioExclusion[] = [];
  const problems: string[] = [];
  const seen = new Set<string>();
  items.forEach((item, index) => {
    const where = `item ${index + 1} ${JSON.stringify(item)}`;
    const colon = item.indexOf(':');
    if (item === '' || colon === -1) {
      problems.push(`${where}: expected dimension:key, e.g. origin:SA`);
      return;
    }
    const dimension = item.slice(0, colon).trim();
    const key = item.slice(colon + 1).trim();
    if (!(ANALYTICS_GROUP_BYS as readonly string[]).includes(dimension)) {
      problems.push(`${where}: unknown dimension "${dimension}" (one of ${ANALYTICS_GROUP_BYS.join(', ')})`);
      return;
    }
    const problem = groupKeyProblem(dimension as AnalyticsGroupBy, key);
    if (problem) {
      problems.push(`${where}: ${problem}`);
      return;
    }
    if (seen.has(`${dimension}:${key}`)) return;
    seen.add(`${dimension}:${key}`);
    exclusions.push({
      dimension: dimension as AnalyticsGroupBy,
      key,
      label: groupLabel(dimension as AnalyticsGroupBy, key),
    });
  });
  return { exclusions, problems };
}

/** The `exclude` text for a list of exclusions (inverse of parseScenarioExclusions). */
export function formatScenarioExclusions(
  exclusions: readonly Pick<ScenarioExclusion, 'dimension' | 'key'>[],
) {
  return exclusions.map(({ dimension, key }) => `${dimension}:${key}`).join(',');
}

/** Volume of one group of a period, split by whether the cut hits it. */
export interface ScenarioGroupVolume {
  key: string;
  tonnes: number;
  /** Part of `tonnes` from shipments that match an excluded item. */
  atRiskTonnes: number;
}

export interface ScenarioTotals {
  /** Exact totals (summed in the database); the group volumes only feed the indices. */
  totalTonnes: number;
  atRiskTonnes: number;
  shipmentsAtRisk: number;
}

/**
 * What-if figures of one period (or the whole range): the share of the volume at risk and the
 * concentration before the cut (all groups) and after it (the volume that does not match).
 */
export function scenarioFigures(
  totals: ScenarioTotals,
  groups: readonly ScenarioGroupVolume[],
): ScenarioFigures {
  const before = concentrationOf(groups.map((g) => ({ key: g.key, amount: g.tonnes })));
  const after = concentrationOf(
    groups.map((g) => ({ key: g.key, amount: Math.max(0, g.tonnes - g.atRiskTonnes) })),
  );
  const { totalTonnes, atRiskTonnes } = totals;
  return {
    totalTonnes,
    atRiskTonnes,
    atRiskShare: totalTonnes > 0 ? atRiskTonnes / totalTonnes : null,
    remainingTonnes: roundToKilogram(totalTonnes - atRiskTonnes),
    shipmentsAtRisk: totals.shipmentsAtRisk,
    hhiBefore: before.hhi,
    effectiveSuppliersBefore: before.effectiveSuppliers,
    hhiAfter: after.hhi,
    effectiveSuppliersAfter: after.effectiveSuppliers,
    shannonAfter: after.shannon,
    topKeyAfter: after.topKey,
    topShareAfter: after.topShare,
  };
}

/** Tonnes have 3 decimals: removes the binary noise of a float subtraction (12.345 - 0.001). */
export function roundToKilogram(tonnes: number): number {
  return Math.round(tonnes * 1000) / 1000;
}
