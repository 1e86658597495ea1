import { useTranslation } from 'react-i18next';
import { figureOf, trendOption } from './charts';
import { EChart } from './EChart';
import { type CubeRow, type Selection, useSlice } from './queries';

const monthOf = (row: CubeRow) => Number((row.bucket ?? '').slice(5, 7));

/**
 * 同比 by month: the selected period's months this year against the same months last year. The month table below it
 * holds this year's figures; last year's are in the tooltip and in the report's growth sentence.
 */
export function TrendChart({ selection, onOpen }: { selection: Selection; onOpen: (bucket: string) => void }) {
  const { t } = useTranslation();
  const thisYear = useSlice(selection, 'month');
  const lastYear = useSlice({ ...selection, year: selection.year - 1 }, 'month');
  if (!thisYear.data) return null;
  const figure = figureOf[selection.measure];
  const months = [...new Set([...thisYear.data.rows, ...(lastYear.data?.rows ?? [])].map(monthOf))].filter((m) => m > 0).sort((a, b) => a - b);
  if (months.length === 0) return null;
  const valueIn = (rows: CubeRow[] | undefined, month: number) => rows?.find((r) => monthOf(r) === month)?.[figure] ?? 0;
  const option = trendOption(
    months,
    months.map((m) => valueIn(thisYear.data?.rows, m)),
    months.map((m) => (lastYear.data ? valueIn(lastYear.data.rows, m) : null)),
    { month: (m) => t('statistics.monthN', { n: m }), thisYear: t('statistics.yearN', { year: selection.year }), lastYear: t('statistics.yearN', { year: selection.year - 1 }) },
  );
  const bucket = (month: number) => `${selection.year}-${String(month).padStart(2, '0')}`;
  return (
    <EChart option={option} label={t('statistics.trendLabel', { year: selection.year, last: selection.year - 1 })}
      onPick={(p) => p.seriesIndex === 0 && months[p.dataIndex] && onOpen(bucket(months[p.dataIndex]))} />
  );
}
