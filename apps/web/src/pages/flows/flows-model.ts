import type { FlowDiagram, FlowDrillDown, FlowNode } from '@tradeflow/domain';
import { colourFor } from '../../charts/palette';
import { roundTo } from '../../charts/series';
import type { TableModel } from '../../charts/table-model';
import { type DashboardFilters, writeFilters } from '../../filters/dashboard-filters';
import { countryLabel, routeLabel } from '../../format/labels';
import { formatInteger, formatNumber, formatVolumeShort, type VolumeUnit } from '../../format/numbers';

/** Discharge ports are a destination, not a supplier: one calm colour for all of them. */
export const PORT_COLOUR = '#5B6676';

export interface SankeyFlow {
  from: string;
  to: string;
  flow: number;
}

export interface FlowLinkRow {
  index: number;
  fromLabel: string;
  toLabel: string;
  volume: number;
  shipments: number;
  share: number;
  /** The shipments list filtered to this flow's shipments. */
  href: string;
}

export interface FlowsModel {
  flows: SankeyFlow[];
  /** Node id -> the lines drawn beside the node (name, then volume). */
  labels: Record<string, string[]>;
  colours: Record<string, string>;
  /** Node id -> column (origin 0, route 1, port 2). */
  columns: Record<string, number>;
  /** Node id -> order within its column: largest first, as the API sorts them. */
  priority: Record<string, number>;
  rows: FlowLinkRow[];
  table: TableModel;
  /** Nodes in the fullest column: the diagram's height grows with it. */
  maxColumnNodes: number;
}

const COLUMN: Record<FlowNode['column'], number> = { origin: 0, route: 1, port: 2 };

/** The name of a node as the rest of the dashboard writes it. */
export function nodeName(node: FlowNode): string {
  if (node.column === 'origin') return countryLabel(node.key);
  if (node.column === 'route') return routeLabel(node.key);
  if (node.key === 'none') return 'No port (overland)';
  // 'Muhammad Bin Qasim (Port Qasim) (PKBQM)' -> 'Muhammad Bin Qasim (Port Qasim)': the code is in the table.
  return node.label.replace(/\s*\([A-Z]{2}[A-Z0-9]{3}\)$/, '') || node.key;
}

/** Splits a name into lines of about `max` characters (at ' via ', else at spaces). */
export function wrapName(name: string, max = 20): string[] {
  if (name.length <= max) return [name];
  const via = name.indexOf(' via ');
  if (via > 0) return [name.slice(0, via + 4), ...wrapName(name.slice(via + 5), max)];
  const lines: string[] = [];
  let line = '';
  for (const word of name.split(' ')) {
    if (line && line.length + 1 + word.length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

function nodeColour(node: FlowNode): string {
  if (node.column === 'origin') return colourFor('origin', node.key);
  if (node.column === 'route') return colourFor('route', node.key);
  return PORT_COLOUR;
}

/**
 * The /shipments address that lists a link's shipments: the page's own filters plus the link's
 * drill-down (its origin replaces the origin filter, of which it is one; route and discharge port
 * are parameters of the list).
 */
export function drillDownHref(filters: DashboardFilters, drillDown: FlowDrillDown): string {
  const params = writeFilters(drillDown.origin ? { ...filters, origin: [drillDown.origin] } : filters);
  if (drillDown.route) params.set('route', drillDown.route);
  if (drillDown.dischargePort) params.set('dischargePort', drillDown.dischargePort);
  const query = params.toString();
  return `/shipments${query ? `?${query}` : ''}`;
}

export function flowsModel(diagram: FlowDiagram, unit: VolumeUnit, filters: DashboardFilters): FlowsModel {
  const nodes = new Map(diagram.nodes.map((node) => [node.id, node]));
  // Node volumes in barrels: what flows through the node (the API gives nodes in tonnes).
  const through = new Map<string, { in: number; out: number }>();
  for (const link of diagram.links) {
    const from = through.get(link.source) ?? { in: 0, out: 0 };
    from.out += link.barrels;
    through.set(link.source, from);
    const to = through.get(link.target) ?? { in: 0, out: 0 };
    to.in += link.barrels;
    through.set(link.target, to);
  }
  const nodeVolume = (node: FlowNode) => {
    if (unit === 't') return node.tonnes;
    const barrels = through.get(node.id);
    return barrels ? Math.max(barrels.in, barrels.out) : 0;
  };

  const labels: Record<string, string[]> = {};
  const colours: Record<string, string> = {};
  const columns: Record<string, number> = {};
  const priority: Record<string, number> = {};
  const perColumn = [0, 0, 0];
  for (const node of diagram.nodes) {
    labels[node.id] = [...wrapName(nodeName(node)), formatVolumeShort(nodeVolume(node), unit)];
    colours[node.id] = nodeColour(node);
    const column = COLUMN[node.column];
    columns[node.id] = column;
    priority[node.id] = perColumn[column] ?? 0;
    perColumn[column] = (perColumn[column] ?? 0) + 1;
  }

  const flows = diagram.links.map((link) => ({
    from: link.source,
    to: link.target,
    flow: unit === 't' ? link.tonnes : link.barrels,
  }));
  const nameOf = (id: string) => {
    const node = nodes.get(id);
    return node ? nodeName(node) : id;
  };
  const total = unit === 't' ? diagram.totalTonnes : diagram.totalBarrels;
  const rows: FlowLinkRow[] = diagram.links.map((link, index) => {
    const volume = unit === 't' ? link.tonnes : link.barrels;
    return {
      index,
      fromLabel: nameOf(link.source),
      toLabel: nameOf(link.target),
      volume,
      shipments: link.shipments,
      share: total > 0 ? volume / total : 0,
      href: drillDownHref(filters, link.drillDown),
    };
  });
  const unitName = unit === 't' ? 'tonnes' : 'barrels';
  return {
    flows,
    labels,
    colours,
    columns,
    priority,
    rows,
    maxColumnNodes: Math.max(...perColumn),
    table: {
      columns: [
        { key: 'flow', label: 'Flow' },
        { key: 'from', label: 'From' },
        { key: 'to', label: 'To' },
        { key: 'volume', label: `Volume (${unitName})`, numeric: true, format: formatInteger },
        { key: 'share', label: 'Share of all (%)', numeric: true, format: (v) => `${formatNumber(v, 1)}%` },
        { key: 'shipments', label: 'Shipments', numeric: true, format: formatInteger },
      ],
      rows: rows.map((row) => [
        `${row.fromLabel} \u2192 ${row.toLabel}`,
        row.fromLabel,
        row.toLabel,
        roundTo(row.volume, unit === 't' ? 3 : 1),
        roundTo(row.share * 100, 1),
        row.shipments,
      ]),
      rowLinks: rows.map((row) => row.href),
    },
  };
}
