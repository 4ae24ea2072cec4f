import type { FlowDiagram, FlowDrillDown, FlowNode } from '@tradeflow/domain';
import { colourFor } from '../../charts/palette';
import { roundTo } from '../../charts/series';
import type { TableModel } from '../../charts/table-model';
import { type DashboardFilters, writeFilters } from '../../filters/dashboard-filters';
import { countryLabel, routeLabel } from '../../format/labels';
import { formatInteger, formatNumber, formatVolumeShort, type VolumeUnit } from '../../format/numbers';

/**
 * Only origins are coloured (as in every other chart); routes and ports are places the flows pass
 * through, in two calm slates, and what leaves a route mixes origins, so it is grey.
 */
export const ROUTE_COLOUR = '#3D4A5C';
export const PORT_COLOUR = '#6B7A90';

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
  /** Node id -> its full name ('Saudi Arabia', 'Road via Uzbekistan → Afghanistan', 'Karachi'). */
  names: Record<string, string>;
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

/** A node's name in a few characters, for a phone: 'SA', 'Road UZ→AF', 'PKKHI'. */
export function shortNodeName(node: FlowNode): string {
  if (node.column === 'origin') return node.key;
  if (node.column === 'port') return node.key === 'none' ? 'No port' : node.key;
  const [mode = node.key, via] = node.key.split(' via ');
  const name = `${mode.charAt(0).toUpperCase()}${mode.slice(1)}`;
  return via ? `${name} ${via.split('|').join('\u2192')}` : name;
}

/** The name of a node as the rest of the dashboard writes it. */
export function nodeName(node: FlowNode): string {
  if (node.column === 'origin') return countryLabel(node.key);
  if (node.column === 'route') return routeLabel(node.key);
  if (node.key === 'none') return 'No port (overland)';
  // 'Muhammad Bin Qasim (Port Qasim) (PKBQM)' -> 'Muhammad Bin Qasim (Port Qasim)': the code is in the table.
  return node.label.replace(/\s*\([A-Z]{2}[A-Z0-9]{3}\)$/, '') || node.key;
}

/** Splits a name into lines of about `max` characters (at ' via ', else at spaces). */
export function wrapName(name: string, max = 24): string[] {
  if (name.length <= max) return [name];
  const via = name.indexOf(' via ');
  if (via > 0) return [name.slice(0, via + 4), ...wrapName(name.slice(via + 5), max)];
  const aside = name.indexOf(' (');
  if (aside > 0) return [...wrapName(name.slice(0, aside), max), ...wrapName(name.slice(aside + 1), max)];
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
  return node.column === 'route' ? ROUTE_COLOUR : PORT_COLOUR;
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

/**
 * The diagram, its table and where each flow leads. `compact` (phones) writes nodes as codes so three
 * columns of labels fit 340 px: 'SA', 'Sea', 'PKKHI'; origins take one line, the rest two.
 */
export function flowsModel(
  diagram: FlowDiagram,
  unit: VolumeUnit,
  filters: DashboardFilters,
  compact = false,
): FlowsModel {
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
  const names: Record<string, string> = {};
  const colours: Record<string, string> = {};
  const columns: Record<string, number> = {};
  const priority: Record<string, number> = {};
  const perColumn = [0, 0, 0];
  for (const node of diagram.nodes) {
    const volume = formatVolumeShort(nodeVolume(node), unit);
    labels[node.id] = compact
      ? [shortNodeName(node), volume]
      : node.column === 'origin'
        ? [`${nodeName(node)} \u00b7 ${volume}`]
        : [...wrapName(nodeName(node), 30), volume];
    names[node.id] = nodeName(node);
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
    names,
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
