export { TrendChartComponent } from './lib/trend-chart/trend-chart.component';
export type {
  TrendChartData,
  TrendChartTexts,
  TrendPoint,
  TrendTarget,
} from './lib/trend-chart/trend-chart.model';
export { formatChartValue } from './lib/trend-chart/trend-option';
