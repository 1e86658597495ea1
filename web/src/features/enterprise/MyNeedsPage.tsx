import { useState } from 'react';
import { Button, Segmented, Table } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { NeedStatus, NeedView } from '@/shared/api/types';
import { useFormat } from '@/shared/format/useFormat';
import { NeedStatusTag, PageHeader } from '@/shared/ui/bits';
import { QueryState } from '@/shared/ui/QueryState';
import { useServerPaging } from '@/shared/ui/serverPaging';
import { useMyNeeds, useNeedsBase } from './queries';

const statuses: NeedStatus[] = ['Draft', 'Submitted', 'Accepted', 'Rejected', 'Withdrawn'];

/** 我的需求: every status, newest change first, a page at a time. */
export function MyNeedsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const [status, setStatus] = useState<NeedStatus>();
  const paging = useServerPaging();
  const needs = useMyNeeds({ ...paging.request, status });
  const base = useNeedsBase();
  return (
    <>
      <PageHeader title={t('nav.myNeeds')} intro={t('enterprise.myNeedsIntro')}
        extra={<Link to={`${base}/needs/new`}><Button type="primary">{t('enterprise.newNeed')}</Button></Link>} />
      <div style={{ overflowX: 'auto', marginBottom: 12 }}>
        <Segmented value={status ?? 'all'} onChange={(v) => { setStatus(v === 'all' ? undefined : (v as NeedStatus)); paging.restart(); }}
          options={[{ value: 'all', label: t('common.all') }, ...statuses.map((s) => ({ value: s, label: t(`needStatus.${s}`) }))]} />
      </div>
      <QueryState query={needs} isEmpty={(d) => d.items.length === 0} empty={t('enterprise.emptyNeeds')}>
        {(data) => (
          <Table<NeedView> rowKey="id" dataSource={data.items} scroll={{ x: true }} pagination={paging.pagination(data.total)}
            columns={[
              { title: t('enterprise.title'), dataIndex: 'title', render: (title, n) => <Link to={`${base}/needs/${n.id}`}>{title}</Link> },
              { title: t('common.status'), dataIndex: 'status', render: (s) => <NeedStatusTag status={s} /> },
              { title: t('common.budget'), key: 'budget', render: (_, n) => format.moneyRange(n.budgetMin, n.budgetMax), responsive: ['md'] },
              { title: t('enterprise.whereItWent'), key: 'challenges', render: (_, n) => n.challenges.map((c) => c.title).join('、') || '—', responsive: ['lg'] },
              { title: t('common.updatedAt'), dataIndex: 'updatedAt', render: (d) => format.dateTime(d), responsive: ['md'] },
            ]} />
        )}
      </QueryState>
    </>
  );
}
