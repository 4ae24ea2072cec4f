import { createContext } from 'react';

/** The title of the card a chart is drawn in: the first words of the chart's accessible name. */
export const ChartTitleContext = createContext<string | null>(null);
