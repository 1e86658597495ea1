import { Form, InputNumber, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useReference } from '@/shared/reference/useReference';
import type { Flow, Measure, PeriodKind, Selection } from './queries';

const measures: Measure[] = ['TechnologyAmount', 'ContractAmount', 'Settled'];
const directions: Flow[] = ['Output', 'Absorbed'];
const kinds: PeriodKind[] = ['toMonth', 'year', 'quarter', 'month'];
const kindLabels = { toMonth: 'statistics.yearToMonth', year: 'statistics.wholeYear', quarter: 'statistics.quarter', month: 'statistics.month' } as const;

/** The dashboard's selection: region, year and period, the figure and the side it is counted on. */
export function Filters({ value, onChange }: { value: Selection; onChange: (s: Selection) => void }) {
  const { t } = useTranslation();
  const reference = useReference();
  const set = (patch: Partial<Selection>) => onChange({ ...value, ...patch });
  const numbers = value.kind === 'quarter' ? [1, 2, 3, 4] : Array.from({ length: 12 }, (_, i) => i + 1);
  return (
    <Form layout="inline" style={{ rowGap: 8, marginBottom: 16 }}>
      <Form.Item label={t('statistics.region')} htmlFor="stat-region">
        <Select id="stat-region" aria-label={t('statistics.region')} style={{ minWidth: 140 }} value={value.region ?? ''} onChange={(region) => set({ region: region || undefined })}
          options={[{ value: '', label: t('statistics.myJurisdiction') }, ...reference.districtOptions]} />
      </Form.Item>
      <Form.Item label={t('statistics.year')} htmlFor="stat-year">
        <InputNumber id="stat-year" min={2000} max={2100} value={value.year} onChange={(year) => year && set({ year })} style={{ width: 96 }} />
      </Form.Item>
      <Form.Item label={t('statistics.periodKind')} htmlFor="stat-kind">
        <Select<PeriodKind> id="stat-kind" aria-label={t('statistics.periodKind')} style={{ minWidth: 120 }} value={value.kind}
          onChange={(kind) => set({ kind, n: kind === 'quarter' ? Math.min(value.n, 4) : value.n })}
          options={kinds.map((k) => ({ value: k, label: t(kindLabels[k]) }))} />
      </Form.Item>
      {value.kind !== 'year' && (
        <Form.Item label={t(value.kind === 'toMonth' ? 'statistics.toMonth' : `statistics.${value.kind}`)} htmlFor="stat-n">
          <Select<number> id="stat-n" aria-label={t(value.kind === 'toMonth' ? 'statistics.toMonth' : `statistics.${value.kind}`)} style={{ minWidth: 100 }} value={value.n} onChange={(n) => set({ n })}
            options={numbers.map((n) => ({ value: n, label: t(value.kind === 'quarter' ? 'statistics.quarterN' : 'statistics.monthN', { n }) }))} />
        </Form.Item>
      )}
      <Form.Item label={t('statistics.measure')} htmlFor="stat-measure">
        <Select<Measure> id="stat-measure" aria-label={t('statistics.measure')} style={{ minWidth: 150 }} value={value.measure} onChange={(measure) => set({ measure })}
          options={measures.map((m) => ({ value: m, label: t(`statistics.measures.${m}`) }))} />
      </Form.Item>
      <Form.Item label={t('statistics.direction')} htmlFor="stat-direction">
        <Select<Flow> id="stat-direction" aria-label={t('statistics.direction')} style={{ minWidth: 170 }} value={value.direction} onChange={(direction) => set({ direction })}
          options={directions.map((d) => ({ value: d, label: t(`statistics.directions.${d}`) }))} />
      </Form.Item>
    </Form>
  );
}
