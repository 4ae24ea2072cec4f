import { Chart, type ChartData, type ChartOptions } from 'chart.js';
import { Flow, SankeyController } from 'chartjs-chart-sankey';
import { useMemo, useRef } from 'react';
import { formatInteger } from '../format/numbers';
import { ChartFrame } from './chart-frame';
import { flowSummary } from './chart-summary';

// Only the flows page imports this module, so the sankey code lives in that page's chunk.
Chart.register(SankeyController, Flow);

export interface SankeyFlowPoint {
  from: string;
  to: string;
  flow: number;
}

interface SankeyChartProps {
  flows: SankeyFlowPoint[];
  /** Node id -> lines drawn beside the node. */
  labels: Record<string, string[]>;
  /** Node id -> full name, for tooltips and the summary. */
  names: Record<string, string>;
  colours: Record<string, string>;
  columns: Record<string, number>;
  /** What each column holds ('Origins', 'Routes', 'Discharge ports'), for the summary. */
  columnNames: string[];
  priority: Record<string, number>;
  unit: string;
  label: string;
  height: number;
  /** The index of the flow under the pointer (null when none). */
  onHover?: (index: number | null) => void;
  onFlowClick?: (index: number) => void;
  onDrawn?: (version: string) => void;
  version?: string;
}

const hexToRgba = (hex: string, alpha: number) => {
  const value = Number.parseInt(hex.slice(1), 16);
  return `rgba(${(value >> 16) & 255}, ${(value >> 8) & 255}, ${value & 255}, ${alpha})`;
};

/** A Sankey diagram: flows as bands between nodes, coloured by where they come from. */
export function SankeyChart({
  flows,
  labels,
  names,
  colours,
  columns,
  columnNames,
  priority,
  unit,
  label,
  height,
  onHover,
  onFlowClick,
  onDrawn,
  version,
}: SankeyChartProps) {
  const hovered = useRef<number | null>(null);
  const callbacks = useRef({ onHover, onFlowClick });
  callbacks.current = { onHover, onFlowClick };

  const data = useMemo<ChartData<'sankey'>>(
    () => ({
      datasets: [
        {
          label: 'Flows',
          data: flows,
          colorFrom: (context) => hexToRgba(colours[flows[context.dataIndex]?.from ?? ''] ?? '#999999', 1),
          colorTo: (context) => hexToRgba(colours[flows[context.dataIndex]?.to ?? ''] ?? '#999999', 1),
          hoverColorFrom: (context) => colours[flows[context.dataIndex]?.from ?? ''] ?? '#999999',
          hoverColorTo: (context) => colours[flows[context.dataIndex]?.from ?? ''] ?? '#999999',
          colorMode: 'from',
          alpha: 0.45,
          borderWidth: 0,
          nodeWidth: 12,
          nodePadding: 34,
          // Labels wrap to several lines: a tiny node still gets room for its text.
          nodeMinSize: 3,
          size: 'max',
          labels: Object.fromEntries(Object.entries(labels).map(([id, lines]) => [id, lines.join('\n')])),
          column: columns,
          priority,
          color: '#17202e',
          font: { size: 12, lineHeight: 1.25 },
          nodeLabels: { backgroundColor: 'rgba(255, 255, 255, 0.82)', borderRadius: 3, padding: 3 },
          parsing: { from: 'from', to: 'to', flow: 'flow' },
        },
      ],
    }),
    [flows, labels, colours, columns, priority],
  );

  const options = useMemo<ChartOptions<'sankey'>>(
    () => ({
      // Room above and below for the labels of the first and last nodes (two or three lines).
      layout: { padding: { top: 16, bottom: 34, left: 4, right: 4 } },
      onHover: (event, elements) => {
        const index = elements[0]?.index ?? null;
        const canvas = event.native?.target as HTMLCanvasElement | undefined;
        if (canvas) canvas.style.cursor = index === null ? 'default' : 'pointer';
        if (index !== hovered.current) {
          hovered.current = index;
          callbacks.current.onHover?.(index);
        }
      },
      onClick: (_event, elements) => {
        const index = elements[0]?.index;
        if (index !== undefined) callbacks.current.onFlowClick?.(index);
      },
      plugins: {
        tooltip: {
          callbacks: {
            title: () => '',
            label: (item) => {
              const flow = flows[item.dataIndex];
              if (!flow) return '';
              const name = (id: string) => names[id] ?? id;
              return ` ${name(flow.from)} \u2192 ${name(flow.to)}: ${formatInteger(flow.flow)} ${unit}`;
            },
          },
        },
      },
    }),
    [flows, names, unit],
  );
  const summary = useMemo(
    () => flowSummary(flows, columns, names, columnNames),
    [flows, columns, names, columnNames],
  );

  return (
    <ChartFrame
      type="sankey"
      data={data}
      options={options}
      label={label}
      summary={summary}
      height={height}
      onDrawn={onDrawn}
      version={version}
    />
  );
}
