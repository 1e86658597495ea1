import { Table, Tag } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { DealStatus, DealView } from '@/shared/api/types';
import { useAuth } from '@/shared/auth/AuthProvider';
import { useFormat } from '@/shared/format/useFormat';
import { PageHeader } from '@/shared/ui/bits';
import { QueryState } from '@/shared/ui/QueryState';
import { useServerPaging } from '@/shared/ui/serverPaging';
import { useMyDeals } from './queries';

const dealColours: Record<DealStatus, string> = { Open: 'processing', Agreed: 'success', Closed: 'default' };

export function DealStatusTag({ status }: { status: DealStatus }) {
  const { t } = useTranslation();
  return <Tag color={dealColours[status]}>{t(`deals.status.${status}`)}</Tag>;
}

/** 成果洽谈: every deal the organisation is a side of. */
export function DealsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const auth = useAuth();
  const paging = useServerPaging();
  const deals = useMyDeals(paging.request);
  return (
    <>
      <PageHeader title={t('deals.mine')} intro={t('deals.mineIntro')} />
      <QueryState query={deals} isEmpty={(d) => d.items.length === 0} empty={t('deals.none')}>
        {(data) => (
          <Table<DealView> rowKey="id" dataSource={data.items} pagination={paging.pagination(data.total)} scroll={{ x: true }}
            columns={[
              { title: t('deals.achievement'), dataIndex: 'achievementTitle', render: (title, d) => <Link to={`/deals/${d.id}`}>{title}</Link> },
              {
                title: t('terms.counterparty'), key: 'other',
                render: (_, d) => (d.buyer.organisationId === auth.organisationId ? d.seller.name : d.buyer.name),
              },
              { title: t('common.status'), dataIndex: 'status', render: (s) => <DealStatusTag status={s} /> },
              { title: t('deals.proposals'), key: 'proposals', render: (_, d) => d.proposals.length, responsive: ['md'] },
              { title: t('common.updatedAt'), dataIndex: 'updatedAt', render: (at) => format.dateTime(at), responsive: ['lg'] },
            ]} />
        )}
      </QueryState>
    </>
  );
}
