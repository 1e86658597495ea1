import { useState } from 'react';
import { Alert, Button, Card, Descriptions, Space, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '@/shared/api/client';
import type { BidView, JointMemberView } from '@/shared/api/types';
import { useAuth } from '@/shared/auth/AuthProvider';
import { useFormat } from '@/shared/format/useFormat';
import { ReasonModal } from '@/shared/ui/ReasonModal';
import { useCommand } from '@/shared/ui/useCommand';
import { bidderKeys } from './queries';

const answerColour = { Pending: 'warning', Confirmed: 'success', Declined: 'error' } as const;

/** 联合答题 on a bid's page: the lead and each member with role, share and answer; a member confirms or declines here. */
export function JointCard({ bid }: { bid: BidView }) {
  const { t } = useTranslation();
  const format = useFormat();
  const auth = useAuth();
  const [declining, setDeclining] = useState(false);
  const invalidates = [bidderKeys.bid(bid.id), bidderKeys.mine];
  const confirm = useCommand({
    run: () => unwrap(api.POST('/api/bids/{id}/membership/confirm', { params: { path: { id: bid.id } } })),
    invalidates, success: t('joint.confirmed'),
  });
  const decline = useCommand({
    run: (values: { reason: string }) => unwrap(api.POST('/api/bids/{id}/membership/decline', { params: { path: { id: bid.id } }, body: values })),
    invalidates, success: t('joint.declined'), onSuccess: () => setDeclining(false),
  });
  const joint = bid.joint;
  if (!joint) return null;
  const own = joint.members.find((m) => m.organisationId === auth.organisationId);
  const open = bid.status === 'Submitted' && !bid.exclusion && bid.label === null;
  return (
    <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('joint.title')}</h2>} style={{ marginBottom: 16 }} data-testid="joint-card">
      {bid.exclusion === 'UnconfirmedMembers' && <Alert type="error" showIcon style={{ marginBottom: 12 }} title={t('joint.excluded')} />}
      {!bid.exclusion && joint.members.some((m) => m.answer !== 'Confirmed') && (
        <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={t('joint.pendingWarning')} />
      )}
      <Descriptions size="small" column={1} style={{ marginBottom: 12 }}>
        <Descriptions.Item label={t('joint.lead')}>{joint.leadName} · {joint.leadRole} · {format.money(joint.leadShare)}</Descriptions.Item>
      </Descriptions>
      <Table<JointMemberView> size="small" rowKey="organisationId" pagination={false} scroll={{ x: true }} dataSource={joint.members}
        columns={[
          { title: t('joint.member'), dataIndex: 'organisationName' },
          { title: t('joint.role'), dataIndex: 'role' },
          { title: t('joint.share'), dataIndex: 'share', render: (s) => format.money(s) },
          {
            title: t('joint.answer'), key: 'answer',
            render: (_, m) => <><Tag color={answerColour[m.answer]}>{t(`joint.answers.${m.answer}`)}</Tag>{m.declineReason && <span className="tm-muted">{m.declineReason}</span>}</>,
          },
        ]} />
      {own && open && (
        <Space wrap style={{ marginTop: 12 }}>
          {own.answer !== 'Confirmed' && <Button type="primary" loading={confirm.isPending} onClick={() => confirm.mutate(undefined)}>{t('joint.confirm')}</Button>}
          {own.answer !== 'Declined' && <Button danger onClick={() => setDeclining(true)}>{t('joint.decline')}</Button>}
        </Space>
      )}
      {declining && (
        <ReasonModal<{ reason: string }> title={t('joint.decline')} label={t('joint.declineReason')} okText={t('joint.decline')} danger
          pending={decline.isPending} onSubmit={(v) => decline.mutate(v)} onClose={() => setDeclining(false)} />
      )}
    </Card>
  );
}
