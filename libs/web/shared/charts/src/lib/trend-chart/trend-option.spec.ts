import type { LineSeriesOption } from 'echarts/charts';
import type { TrendChartData } from './trend-chart.model';
import { FALLBACK_THEME, buildTrendOption, escapeHtml, formatChartValue } from './trend-option';

const texts = { actual: 'Ist-Wert', baseline: 'Ausgangswert', target: 'Ziel', cases: 'Fallzahl' };

const data: TrendChartData = {
  unit: '%',
  points: [
    { label: '2025', date: '2025-12-31', value: 71.4, cases: 640, comments: [] },
    {
      label: '2026',
      date: '2026-12-31',
      value: 74.25,
      cases: null,
      comments: ['Petra: <b>mehr</b> Coaching'],
    },
  ],
  baseline: { value: 71.5, date: '2025-07-31' },
  targets: [
    { value: 90, date: '2029-07-31' },
    { value: 80, date: '2027-07-31' },
  ],
};

function seriesOf(chartData: TrendChartData): LineSeriesOption[] {
  const option = buildTrendOption(chartData, texts, 'de-DE', FALLBACK_THEME);
  return option.series as LineSeriesOption[];
}

function tooltip(series: LineSeriesOption, dataIndex: number): string {
  const formatter = series.tooltip?.formatter;
  if (typeof formatter !== 'function') throw new Error('no tooltip formatter');
  return String(formatter({ dataIndex } as never, '', () => undefined));
}

describe('buildTrendOption', () => {
  it('draws the actual values by the end of their period', () => {
    const [actual] = seriesOf(data);
    expect(actual?.name).toBe('Ist-Wert');
    expect(actual?.data).toEqual([
      ['2025-12-31', 71.4],
      ['2026-12-31', 74.25],
    ]);
  });

  it('marks the baseline as a dashed line labelled with its value in German', () => {
    const [actual] = seriesOf(data);
    const markLine = actual?.markLine;
    expect(markLine?.data).toEqual([{ yAxis: 71.5 }]);
    expect(markLine?.lineStyle?.type).toBe('dashed');
    expect(markLine?.label?.formatter).toBe('Ausgangswert: 71,5 %');
  });

  it('runs the target line from the dated baseline through the targets in date order', () => {
    const [, target] = seriesOf(data);
    expect(target?.name).toBe('Ziel');
    expect(target?.lineStyle?.type).toBe('dashed');
    expect(target?.data).toEqual([
      ['2025-07-31', 71.5],
      ['2027-07-31', 80],
      ['2029-07-31', 90],
    ]);
    expect(tooltip(target as LineSeriesOption, 1)).toContain('80 %');
  });

  it('starts the target line at the first target when the baseline has no date', () => {
    const [actual, target] = seriesOf({ ...data, baseline: null });
    expect(actual?.markLine).toBeUndefined();
    expect(target?.data).toEqual([
      ['2027-07-31', 80],
      ['2029-07-31', 90],
    ]);
  });

  it('leaves the target line out without targets', () => {
    expect(seriesOf({ ...data, targets: [] })).toHaveLength(1);
  });

  it('shows value, cases and the escaped comments of a point in its tooltip', () => {
    const [actual] = seriesOf(data);
    expect(tooltip(actual as LineSeriesOption, 0)).toBe(
      '<strong>2025</strong><br>71,4 %<br>Fallzahl: 640',
    );
    expect(tooltip(actual as LineSeriesOption, 1)).toBe(
      '<strong>2026</strong><br>74,25 %<br><em>Petra: &lt;b&gt;mehr&lt;/b&gt; Coaching</em>',
    );
  });
});

describe('formatChartValue', () => {
  it('writes numbers the way the language does', () => {
    expect(formatChartValue(1234.5, 'Plätze', 'de-DE')).toBe('1.234,5 Plätze');
    expect(formatChartValue(1234.5, '', 'en-GB')).toBe('1,234.5');
  });
});

describe('escapeHtml', () => {
  it('keeps markup typed by members as text', () => {
    expect(escapeHtml(`<img src=x onerror="alert('x')">`)).toBe(
      '&lt;img src=x onerror=&quot;alert(&#39;x&#39;)&quot;&gt;',
    );
  });
});
