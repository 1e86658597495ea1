import { Button, Card, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormat } from '@/shared/format/useFormat';
import { useReference } from '@/shared/reference/useReference';
import { QueryState } from '@/shared/ui/QueryState';
import { ShareBar } from './LightTag';
import { type CubeRow, type DrillDown, type Measure, type Selection, useSlice } from './queries';

const figureOf: Record<Measure, 'contractAmount' | 'technologyAmount' | 'settled'> = {
  ContractAmount: 'contractAmount',
  TechnologyAmount: 'technologyAmount',
  Settled: 'settled',
};

/** The selected figure cut four ways — district, contract type, field, month — each row opening its ledger. */
export function BreakdownPanel({ selection, onOpen }: { selection: Selection; onOpen: (drill: DrillDown) => void }) {
  const { t } = useTranslation();
  const reference = useReference();
  const measure = selection.measure;
  const lastDay = (bucket: string) => {
    const [year, month] = bucket.split('-').map(Number);
    return `${bucket}-${String(new Date(Date.UTC(year, month, 0)).getUTCDate()).padStart(2, '0')}`;
  };
  return (
    <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(340px, 1fr))', gap: 16 }}>
      <Breakdown title={t('statistics.byDistrict')} selection={selection} by="district"
        name={(r) => reference.districtName(r.district ?? '')} drill={(r) => ({ measure, region: r.district ?? undefined })} onOpen={onOpen} />
      <Breakdown title={t('statistics.byType')} selection={selection} by="type"
        name={(r) => t(`contractType.${r.type ?? 'Development'}`)} drill={(r) => ({ measure, type: r.type ?? undefined })} onOpen={onOpen} />
      <Breakdown title={t('statistics.byField')} selection={selection} by="field"
        name={(r) => reference.fieldName(r.field ?? '')} drill={(r) => ({ measure, field: r.field ?? undefined })} onOpen={onOpen} />
      <Breakdown title={t('statistics.byMonth')} selection={selection} by="month"
        name={(r) => r.bucket ?? ''} drill={(r) => ({ measure, from: `${r.bucket}-01`, to: lastDay(r.bucket ?? '') })} onOpen={onOpen} />
    </div>
  );
}

function Breakdown({ title, selection, by, name, drill, onOpen }: {
  title: string;
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
          );
        }}
      </QueryState>
    </Card>
  );
}
