import { Alert, Drawer, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormat } from '@/shared/format/useFormat';
import { useReference } from '@/shared/reference/useReference';
import { QueryState } from '@/shared/ui/QueryState';
import { type DrillDown, type LedgerLine, type Selection, useLedger } from './queries';

/** 明细: the registrations, settlements and refunds a figure sums, with their sum (refused outside the jurisdiction). */
export function LedgerDrawer({ selection, drill, onClose }: { selection: Selection; drill: DrillDown | null; onClose: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const reference = useReference();
  const ledger = useLedger(selection, drill);
  const measure = drill?.measure ?? selection.measure;
  return (
    <Drawer open={drill !== null} onClose={onClose} width={960} destroyOnHidden
      // The lines scroll in a region of their own that the keyboard can reach (the drawer's body does not scroll).
      styles={{ body: { display: 'flex', flexDirection: 'column', overflow: 'hidden' } }}
      title={ledger.data ? t('statistics.ledgerTitle', { measure: t(`statistics.measures.${measure}`), period: ledger.data.period }) : t('statistics.ledger')}>
      <QueryState query={ledger}>
        {(answer) => (
          <div role="region" aria-label={t('statistics.ledger')} tabIndex={0} style={{ overflow: 'auto', flex: 1, minHeight: 0 }}>
            <Typography.Paragraph strong>{t('statistics.ledgerSum', { count: answer.count, sum: format.money(answer.sum) })}</Typography.Paragraph>
            {answer.truncated && <Alert type="info" showIcon style={{ marginBottom: 12 }} message={t('statistics.ledgerTruncated', { shown: answer.lines.length })} />}
            <Table<LedgerLine> size="small" rowKey="id" dataSource={answer.lines} scroll={{ x: true }} pagination={{ pageSize: 50, hideOnSinglePage: true }}
              columns={[
                { title: t('statistics.kind'), key: 'kind', render: (_, l) => t(`statistics.ledgerKinds.${l.kind ?? 'Registration'}`) },
                { title: t('statistics.day'), dataIndex: 'day' },
                { title: t('statistics.registrationNumber'), dataIndex: 'registrationNumber' },
                { title: t('statistics.type'), key: 'type', render: (_, l) => t(`contractType.${l.type ?? 'Development'}`), responsive: ['md'] },
                { title: t('statistics.field'), key: 'field', render: (_, l) => reference.fieldName(l.fieldCode ?? ''), responsive: ['lg'] },
                { title: t('statistics.origin'), key: 'origin', render: (_, l) => t(`statistics.origins.${l.origin ?? 'Direct'}`), responsive: ['lg'] },
                { title: t('statistics.seller'), key: 'seller', render: (_, l) => reference.districtName(l.sellerDistrict ?? ''), responsive: ['md'] },
                { title: t('statistics.buyer'), key: 'buyer', render: (_, l) => reference.districtName(l.buyerDistrict ?? ''), responsive: ['md'] },
                { title: t(`statistics.measures.${measure}`), key: 'figure', align: 'right', render: (_, l) => format.money(figureOf(l, measure)) },
              ]} />
          </div>
        )}
      </QueryState>
    </Drawer>
  );
}

const figureOf = (line: LedgerLine, measure: DrillDown['measure']) =>
  measure === 'ContractAmount' ? line.contractAmount : measure === 'TechnologyAmount' ? line.technologyAmount : line.settled;
