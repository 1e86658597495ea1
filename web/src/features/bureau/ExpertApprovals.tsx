import { Button, Card, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '@/shared/api/client';
import type { ExpertProfile } from '@/shared/api/types';
import { useReference } from '@/shared/reference/useReference';
import { QueryState } from '@/shared/ui/QueryState';
import { useCommand } from '@/shared/ui/useCommand';
import { bureauKeys, useExperts } from './queries';

/** 评审专家库 kept by the city bureau: registrations waiting for approval and edits experts proposed. */
export function ExpertApprovalsCard() {
  const { t } = useTranslation();
  const reference = useReference();
  const experts = useExperts();
  const approve = useCommand({
    run: (id: string) => unwrap(api.POST('/api/experts/{id}/approve', { params: { path: { id } } })),
    invalidates: [bureauKeys.experts],
  });
  const fields = (codes: string[]) => codes.map((c) => <Tag key={c}>{reference.fieldName(c)}</Tag>);
  return (
    <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('bureau.expertApprovals')}</h2>} style={{ marginTop: 16 }}>
      <QueryState query={experts} isEmpty={(d) => !d.some(waiting)} empty={t('bureau.noExpertApprovals')}>
        {(rows) => (
          <Table<ExpertProfile> size="small" rowKey="id" dataSource={rows.filter(waiting)} pagination={false} scroll={{ x: true }}
            columns={[
              { title: t('bureau.pickExpert'), dataIndex: 'name' },
              { title: t('common.status'), key: 'standing', render: (_, e) => <Tag color="warning">{e.standing === 'Pending' ? t('bureau.expertPending') : t('bureau.expertEdit')}</Tag> },
              { title: t('bureau.expertTitle'), key: 'title', render: (_, e) => e.proposed ? `${e.title ?? '—'} → ${e.proposed.title ?? '—'}` : e.title ?? '—' },
              {
                title: t('bureau.expertFields'), key: 'fields',
                render: (_, e) => e.proposed ? <>{fields(e.fields)} → {fields(e.proposed.fields)}</> : fields(e.fields),
              },
              {
                title: t('common.actions'), key: 'approve',
                render: (_, e) => <Button size="small" type="primary" loading={approve.isPending && approve.variables === e.id} onClick={() => approve.mutate(e.id)}>{t('bureau.approve')}</Button>,
              },
            ]} />
        )}
      </QueryState>
    </Card>
  );
}

const waiting = (e: ExpertProfile) => e.standing === 'Pending' || !!e.proposed;
