import { Injectable } from '@nestjs/common';
import {
  countryName,
  type FlowDiagram,
  type FlowLink,
  type FlowNode,
  type FlowNodeColumn,
  NO_PORT_KEY,
  portName,
  routeLabel,
  type ShipmentFilters,
} from '@tradeflow/domain';
import { AnalyticsReader } from './analytics-reader';
import { BarrelConversionsReader } from './barrel-conversions';
import { compareKeys } from './analytics.service';
import { type DiagramRow, flowDiagramSql } from './flow-diagram-sql';

const ORIGIN = 4;
const ROUTE = 2;
const PORT = 1;

/**
 * The origin -> route -> discharge port diagram, in one statement: the selection's cells (whole months
 * from shipment_monthly_flows, cut days from the shipments table) are summed once per (origin, route,
 * port), then GROUPING SETS give the two kinds of link, each node's total and the grand total, exact.
 */
@Injectable()
export class FlowDiagramService {
  constructor(
    private readonly reader: AnalyticsReader,
    private readonly conversions: BarrelConversionsReader,
  ) {}

  async diagram(filters: ShipmentFilters): Promise<FlowDiagram> {
    const { sql, params } = flowDiagramSql(filters);
    const [rows, conversions] = await Promise.all([
      this.reader.read<DiagramRow>(sql, params),
      this.conversions.of(filters),
    ]);
    const present = (row: DiagramRow) => 7 & ~row.absent;
    const total = rows.find((row) => present(row) === 0);
    const nodes: FlowNode[] = [
      ...nodesOf(
        rows.filter((row) => present(row) === ORIGIN),
        'origin',
        (row) => row.origin,
      ),
      ...nodesOf(
        rows.filter((row) => present(row) === ROUTE),
        'route',
        (row) => row.route,
      ),
      ...nodesOf(
        rows.filter((row) => present(row) === PORT),
        'port',
        (row) => row.port,
      ),
    ];
    const links: FlowLink[] = [
      ...rows
        .filter((row) => present(row) === (ORIGIN | ROUTE))
        .map((row) =>
          link(row, nodeId('origin', row.origin), nodeId('route', row.route), {
            origin: row.origin as string,
            route: row.route as string,
          }),
        ),
      ...rows
        .filter((row) => present(row) === (ROUTE | PORT))
        .map((row) =>
          link(row, nodeId('route', row.route), nodeId('port', row.port), {
            route: row.route as string,
            dischargePort: row.port as string,
          }),
        ),
    ].sort(
      (a, b) => b.tonnes - a.tonnes || compareKeys(a.source, b.source) || compareKeys(a.target, b.target),
    );
    return {
      nodes,
      links,
      totalTonnes: Number(total?.tonnes ?? 0),
      totalBarrels: Number(total?.barrels ?? 0),
      shipmentCount: Number(total?.shipments ?? 0),
      conversions,
    };
  }
}

function nodeId(column: FlowNodeColumn, key: string | null): string {
  return `${column}:${key}`;
}

function nodesOf(
  rows: DiagramRow[],
  column: FlowNodeColumn,
  keyOf: (row: DiagramRow) => string | null,
): FlowNode[] {
  return rows
    .map((row) => {
      const key = keyOf(row) as string;
      return {
        id: nodeId(column, key),
        key,
        label: labelOf(column, key),
        column,
        tonnes: Number(row.tonnes),
      };
    })
    .sort((a, b) => b.tonnes - a.tonnes || compareKeys(a.key, b.key));
}

function labelOf(column: FlowNodeColumn, key: string): string {
  switch (column) {
    case 'origin':
      return countryName(key) ?? key;
    case 'route':
      return routeLabel(key);
    case 'port':
      return key === NO_PORT_KEY ? 'No discharge port recorded' : `${portName(key) ?? key} (${key})`;
  }
}

function link(row: DiagramRow, source: string, target: string, drillDown: FlowLink['drillDown']): FlowLink {
  return {
    source,
    target,
    tonnes: Number(row.tonnes),
    barrels: Number(row.barrels),
    shipments: Number(row.shipments),
    drillDown,
  };
}
