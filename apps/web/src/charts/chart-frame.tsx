import type { ChartData, ChartOptions, ChartType, Plugin } from 'chart.js';
import { useEffect, useMemo, useRef } from 'react';
import { Chart as ChartCanvas } from 'react-chartjs-2';
import './chart-setup';

interface ChartFrameProps<TType extends ChartType> {
  type: TType;
  data: ChartData<TType>;
  options: ChartOptions<TType>;
  /** One sentence for screen readers; the "show as table" view has the numbers. */
  label: string;
  height?: number;
  plugins?: Plugin<TType>[];
  /** Called after Chart.js has drawn, with the `version` of the data it drew (charts-ready signal). */
  onDrawn?: (version: string) => void;
  /** Identifies the data: passed through Chart.js so a draw of older data is never taken for this one. */
  version?: string;
}

/** A Chart.js canvas in a box of fixed height, announcing itself as an image with a description. */
export function ChartFrame<TType extends ChartType>({
  type,
  data,
  options,
  label,
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
  return (
    <div className="chart-box" style={{ height }}>
      <ChartCanvas
        type={type}
        data={data}
        options={versionedOptions}
        plugins={allPlugins}
        role="img"
        aria-label={label}
      />
    </div>
  );
}
