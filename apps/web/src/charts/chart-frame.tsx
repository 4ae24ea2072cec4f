import type { ChartData, ChartOptions, ChartType, Plugin } from 'chart.js';
import { useContext, useEffect, useId, useMemo, useRef } from 'react';
import { Chart as ChartCanvas } from 'react-chartjs-2';
import './chart-setup';
import { ChartTitleContext } from './chart-title';

interface ChartFrameProps<TType extends ChartType> {
  type: TType;
  data: ChartData<TType>;
  options: ChartOptions<TType>;
  /** What kind of drawing it is ('Stacked bars of tonnes per period by origin country'); the card's title goes first. */
  label: string;
  /** What the drawing says, in words, from the data it draws (see chart-summary.ts). */
  summary: string;
  height?: number;
  plugins?: Plugin<TType>[];
  /** Called after Chart.js has drawn, with the `version` of the data it drew (charts-ready signal). */
  onDrawn?: (version: string) => void;
  /** Identifies the data: passed through Chart.js so a draw of older data is never taken for this one. */
  version?: string;
}

/**
 * A Chart.js canvas in a box of fixed height. It is an image named by its card's title and its kind,
 * described by a short summary of what it shows; the "show as table" view has every number.
 */
export function ChartFrame<TType extends ChartType>({
  type,
  data,
  options,
  label,
  summary,
  height = 280,
  plugins = [],
  onDrawn,
  version = '',
}: ChartFrameProps<TType>) {
  const drawnRef = useRef(onDrawn);
  useEffect(() => {
    drawnRef.current = onDrawn;
  }, [onDrawn]);
  // Chart.js keeps the plugins it was created with: the callback is read through a ref.
  const allPlugins = useMemo(() => {
    const drawn: Plugin<TType> = {
      id: 'tradeflowDrawn',
      afterRender: (_chart, _args, pluginOptions) =>
        drawnRef.current?.(String(pluginOptions['version'] ?? '')),
    };
    return [...plugins, drawn];
  }, [plugins]);
  const versionedOptions = useMemo(
    () =>
      ({ ...options, plugins: { ...options?.plugins, tradeflowDrawn: { version } } }) as ChartOptions<TType>,
    [options, version],
  );
  const title = useContext(ChartTitleContext);
  const summaryId = useId();
  return (
    <div className="chart-box" style={{ height }}>
      <ChartCanvas
        type={type}
        data={data}
        options={versionedOptions}
        plugins={allPlugins}
        role="img"
        aria-label={title ? `${title} \u2014 ${label}` : label}
        aria-describedby={summary ? summaryId : undefined}
      />
      {summary ? (
        <p id={summaryId} className="visually-hidden" data-chart-summary="">
          {summary}
        </p>
      ) : null}
    </div>
  );
}
