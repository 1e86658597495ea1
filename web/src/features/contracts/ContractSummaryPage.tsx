import { Alert, Button, Card, Descriptions, Table } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '@/shared/api/client';
import type { ContractSummary } from '@/shared/api/types';
import { useFormat } from '@/shared/format/useFormat';
import { useReference } from '@/shared/reference/useReference';
import { PageHeader } from '@/shared/ui/bits';
import { QueryState } from '@/shared/ui/QueryState';
import { FlagTags } from './MyContractsPage';
import { downloadFile } from '@/shared/api/download';
import { ContractStatusTag, MilestoneStatusTag } from './tags';

type Milestone = ContractSummary['milestones'][number];

/** A registered contract as the buyer's district bureau (吸纳) and the credited broker follow it: registration and
 * progress, never payments, files or bank references. */
export function ContractSummaryPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const reference = useReference();
  const summary = useQuery({ queryKey: ['contracts', id, 'summary'], queryFn: () => unwrap(api.GET('/api/contracts/{id}/summary', { params: { path: { id } } })) });
  return (
    <QueryState query={summary}>
      {(c) => (
        <>
          <PageHeader title={c.title} intro={<ContractStatusTag status={c.status} />}
            extra={c.registration && (
              <Button onClick={() => void downloadFile(`/api/contracts/${c.id}/certificate`, `技术合同登记证明-${c.registration!.number}.pdf`)}>{t('contracts.certificate')}</Button>
            )} />
          <Alert type="info" showIcon title={t('registration.summaryOnly')} style={{ marginBottom: 16 }} />
          <Card style={{ marginBottom: 16 }}>
            <Descriptions column={{ xs: 1, md: 2 }} size="small">
              <Descriptions.Item label={t('contracts.registrationType')}>{t(`contractType.${c.type}`)}</Descriptions.Item>
              <Descriptions.Item label={t('contracts.origin')}>{t(`contracts.origins.${c.origin}`)}</Descriptions.Item>
              <Descriptions.Item label={t('contracts.contractAmount')}>{format.money(c.contractAmount)}</Descriptions.Item>
              <Descriptions.Item label={t('contracts.technologyAmount')}>{format.money(c.technologyAmount)}</Descriptions.Item>
              <Descriptions.Item label={t('common.field')}>{reference.fieldName(c.field)}</Descriptions.Item>
              <Descriptions.Item label={t('contracts.settled')}>{format.money(c.settled)}</Descriptions.Item>
              <Descriptions.Item label={t('contracts.buyer')}>{c.parties.filter((p) => p.side === 'Buyer').map((p) => `${p.name}（${reference.districtName(p.district)}）`).join('、')}</Descriptions.Item>
              <Descriptions.Item label={t('contracts.seller')}>{c.parties.filter((p) => p.side === 'Seller').map((p) => `${p.name}（${reference.districtName(p.district)}）`).join('、')}</Descriptions.Item>
              {c.registration && <Descriptions.Item label={t('contracts.registrationNumber')}><span className="tm-hash">{c.registration.number}</span></Descriptions.Item>}
              {c.registration && <Descriptions.Item label={t('contracts.flags')}><FlagTags flags={c.registration.flags} /></Descriptions.Item>}
            </Descriptions>
          </Card>
          <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('contracts.milestones')}</h2>}>
            <Table<Milestone> rowKey="number" dataSource={c.milestones} pagination={false} scroll={{ x: true }}
              columns={[
                { title: '#', dataIndex: 'number', width: 48 },
                { title: t('contracts.deliverable'), dataIndex: 'deliverable' },
                { title: t('contracts.amount'), dataIndex: 'amount', render: (a) => format.money(a), align: 'right' },
                { title: t('contracts.dueOn'), dataIndex: 'dueOn', render: (d) => format.date(d), responsive: ['md'] },
                { title: t('common.status'), dataIndex: 'status', render: (s) => <MilestoneStatusTag status={s} /> },
              ]} />
          </Card>
        </>
      )}
    </QueryState>
  );
}
