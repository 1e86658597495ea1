import { Button, Card, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormat } from '@/shared/format/useFormat';
import { useReference } from '@/shared/reference/useReference';
import { QueryState } from '@/shared/ui/QueryState';
import { ShareBar } from './LightTag';
import { barsOption, figureOf, pieOption } from './charts';
import { EChart, type ChartOption } from './EChart';
import { TrendChart } from './TrendChart';
import { type CubeRow, type DrillDown, type Selection, useRankings, useSlice } from './queries';

/** The selected figure cut four ways — district, contract type, field, month — each row opening its ledger. */
export function BreakdownPanel({ selection, onOpen }: { selection: Selection; onOpen: (drill: DrillDown) => void }) {
  const { t } = useTranslation();
  const reference = useReference();
  const measure = selection.measure;
  const figure = figureOf[measure];
  const measureName = t(`statistics.measures.${measure}`);
  // The annual target in force for each district, drawn as a line over its bar (absent where the officer may not rank).
  const rankings = useRankings(selection, 'City');
  const targetOf = (district: string | null) => rankings.data?.standings.find((s) => s.district === district)?.completion.target ?? null;
  const lastDay = (bucket: string) => {
    const [year, month] = bucket.split('-').map(Number);
    return `${bucket}-${String(new Date(Date.UTC(year, month, 0)).getUTCDate()).padStart(2, '0')}`;
  };
  return (
    <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(340px, 1fr))', gap: 16 }}>
      <Breakdown title={t('statistics.byDistrict')} selection={selection} by="district"
        name={(r) => reference.districtName(r.district ?? '')} drill={(r) => ({ measure, region: r.district ?? undefined })} onOpen={onOpen}
        chart={(rows, name) => barsOption(rows.map((r) => ({ name: name(r), value: r[figure] })), { figure: measureName, line: t('statistics.target') }, rows.map((r) => targetOf(r.district)))} />
      <Breakdown title={t('statistics.byType')} selection={selection} by="type"
        name={(r) => t(`contractType.${r.type ?? 'Development'}`)} drill={(r) => ({ measure, type: r.type ?? undefined })} onOpen={onOpen}
        chart={(rows, name) => pieOption(rows.map((r) => ({ name: name(r), value: r[figure] })), measureName)} />
      <Breakdown title={t('statistics.byField')} selection={selection} by="field"
        name={(r) => reference.fieldName(r.field ?? '')} drill={(r) => ({ measure, field: r.field ?? undefined })} onOpen={onOpen}
        chart={(rows, name) => barsOption(rows.map((r) => ({ name: name(r), value: r[figure] })), { figure: measureName })} />
      <Breakdown title={t('statistics.byMonth')} selection={selection} by="month"
        name={(r) => r.bucket ?? ''} drill={(r) => ({ measure, from: `${r.bucket}-01`, to: lastDay(r.bucket ?? '') })} onOpen={onOpen}
        trend={<TrendChart selection={selection} onOpen={(bucket) => onOpen({ measure, from: `${bucket}-01`, to: lastDay(bucket) })} />} />
    </div>
  );
}

function Breakdown({ title, selection, by, name, drill, onOpen, chart, trend }: {
  title: string;
  /** The rows drawn (in the table's order), a click on a bar or segment opening the row's ledger. */
  chart?: (rows: CubeRow[], name: (row: CubeRow) => string) => ChartOption;
  /** A chart that reads its own figures (the trend against last year). */
  trend?: React.ReactNode;
  selection: Selection;
  by: string;
  name: (row: CubeRow) => string;
  drill: (row: CubeRow) => DrillDown;
  onOpen: (drill: DrillDown) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const slice = useSlice(selection, by);
  const figure = figureOf[selection.measure];
  return (
    <Card size="small" title={<Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>{title}</Typography.Title>}>
      <QueryState query={slice}>
        {(answer) => {
          const max = Math.max(0, ...answer.rows.map((r) => r[figure]));
          return (
            <>
            {trend}
            {chart && answer.rows.length > 0 && (
              <EChart option={chart(answer.rows, name)} label={t('statistics.chartLabel', { title })} onPick={(p) => answer.rows[p.dataIndex] && onOpen(drill(answer.rows[p.dataIndex]))} />
            )}
            <Table<CubeRow> size="small" pagination={false} rowKey={(r) => `${r.district}|${r.bucket}|${r.type}|${r.field}`} dataSource={answer.rows}
              scroll={{ x: true }} locale={{ emptyText: t('statistics.noReport') }}
              summary={() => (
                <Table.Summary.Row>
                  <Table.Summary.Cell index={0}>{t('statistics.total')}</Table.Summary.Cell>
                  <Table.Summary.Cell index={1} align="right">{format.money(answer.total[figure])}</Table.Summary.Cell>
                  <Table.Summary.Cell index={2} />
                  <Table.Summary.Cell index={3} align="right">{answer.total.registrations}</Table.Summary.Cell>
                </Table.Summary.Row>
              )}
              columns={[
                {
                  title, key: 'name',
                  render: (_, r) => (
                    <Button type="link" size="small" style={{ padding: 0 }} aria-label={t('statistics.openFigure', { figure: `${name(r)} ${format.money(r[figure])}` })}
                      onClick={() => onOpen(drill(r))}>
                      {name(r)}
                    </Button>
                  ),
                },
                { title: t(`statistics.measures.${selection.measure}`), key: 'amount', align: 'right', render: (_, r) => format.money(r[figure]) },
                { title: t('statistics.share'), key: 'bar', render: (_, r) => <ShareBar value={r[figure]} max={max} /> },
                { title: t('statistics.registrations'), dataIndex: 'registrations', align: 'right', responsive: ['sm'] },
              ]} />
            </>
          );
        }}
      </QueryState>
    </Card>
  );
}
