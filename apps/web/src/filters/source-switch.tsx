import type { AnalyticsSource } from '@tradeflow/domain';
import { Segmented } from './segmented';
import { useAnalyticsSource } from './analytics-source';

/** The views' choice between the cargo records and the imported official statistics (`source` in the address). */
export function SourceSwitch() {
  const [source, setSource] = useAnalyticsSource();
  return (
    <Segmented<AnalyticsSource>
      label="Source"
      value={source}
      options={[
        { value: 'cargoes', label: 'Cargo records', title: 'The cargo records (shipments)' },
        {
          value: 'official',
          label: 'Official statistics',
          title: 'The imported official statistics (UN Comtrade)',
        },
      ]}
      onChange={setSource}
    />
  );
}
