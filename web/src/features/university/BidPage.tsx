import { useState } from 'react';
import { Alert, App, Button, Card, Descriptions, List, Space, Tag, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api, ifMatch, unwrap } from '@/shared/api/client';
import type { BidView } from '@/shared/api/types';
import { useAuth } from '@/shared/auth/AuthProvider';
import { useFormat } from '@/shared/format/useFormat';
import { PageHeader, Prose } from '@/shared/ui/bits';
import { QueryState } from '@/shared/ui/QueryState';
import { useCommand } from '@/shared/ui/useCommand';
import { useChallenge } from '@/features/public/queries';
import { computeCommitment } from './commitment';
import { DeliveryCard } from './DeliveryCard';
import { JointCard } from './JointCard';
import { bidderKeys, useBid } from './queries';

/** The receipt: the commitment, recomputed in the browser from the content and salt, and checked against the list published at close. */
function Receipt({ bid }: { bid: BidView }) {
  const { t } = useTranslation();
  const challenge = useChallenge(bid.challengeId);
  const [check, setCheck] = useState<'match' | 'mismatch' | null>(null);
  const verify = async () => {
    const recomputed = await computeCommitment({
      challengeId: bid.challengeId, organisationId: bid.organisationId, technicalApproach: bid.content.technicalApproach, team: bid.content.team,
      budget: bid.content.budget, schedule: bid.content.schedule, attachmentHashes: bid.content.attachments.map((a) => a.sha256), salt: bid.salt,
      // Format 1 receipts (given before joint receipts covered their members) hash the content only.
      joint: bid.receiptFormat >= 2 ? bid.joint : null,
    });
    setCheck(recomputed === bid.commitment ? 'match' : 'mismatch');
  };
  const published = challenge.data?.commitments.find((c) => c.commitment === bid.commitment);
  const closed = Boolean(challenge.data?.closedAt);
  return (
    <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('university.receipt')}</h2>} style={{ marginBottom: 16 }}>
      <Typography.Paragraph>{t('university.receiptText')}</Typography.Paragraph>
      <Descriptions column={1} size="small">
        <Descriptions.Item label={t('university.commitment')}><Typography.Text copyable className="tm-hash" data-testid="commitment">{bid.commitment}</Typography.Text></Descriptions.Item>
        <Descriptions.Item label={t('university.salt')}><span className="tm-hash">{bid.salt}</span></Descriptions.Item>
      </Descriptions>
      <Space wrap style={{ margin: '8px 0' }}>
        <Button onClick={() => void verify()}>{t('university.verify')}</Button>
        {check && <Tag color={check === 'match' ? 'success' : 'error'} role="status">{check === 'match' ? t('university.verified') : t('university.mismatch')}</Tag>}
      </Space>
      {closed && bid.status === 'Submitted' && (
        <Alert type={published ? 'success' : 'error'} showIcon style={{ marginBottom: 8 }}
          title={published ? t('university.published', { label: published.label }) : t('university.notPublished')} />
      )}
      <Typography.Paragraph className="tm-muted">{t('university.howToVerify')}</Typography.Paragraph>
      {bid.receipts.length > 1 && (
        <List size="small" header={t('university.receipts')} dataSource={bid.receipts} renderItem={(r) => <List.Item className="tm-hash">{r}</List.Item>} />
      )}
    </Card>
  );
}

/** From the award on, the winning team delivers its results here and reads the funders' verdicts. */
function WonChallenge({ challengeId, organisationId }: { challengeId: string; organisationId: string }) {
  const challenge = useChallenge(challengeId);
  const c = challenge.data;
  if (!c || !c.winners.some((w) => w.organisationId === organisationId)) return null;
  return ['Awarded', 'InProgress', 'ResultsRejected', 'Completed', 'Failed'].includes(c.status) ? <DeliveryCard challenge={c} /> : null;
}

export function BidPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const format = useFormat();
  const bid = useBid(id);
  const auth = useAuth();
  const withdraw = useCommand({
    run: (b: BidView) => unwrap(api.POST('/api/bids/{id}/withdraw', { params: { path: { id: b.id } }, headers: ifMatch(b.version) })),
    invalidates: [bidderKeys.bid(id), bidderKeys.mine],
  });
  return (
    <QueryState query={bid}>
      {(b) => (
        <>
          <PageHeader title={`${t('nav.myBids')} · ${b.organisationName}`} intro={<Tag>{t(`bidStatus.${b.status as 'Submitted'}`)}</Tag>}
            extra={
              <Space wrap>
                <Link to={`/challenges/${b.challengeId}`}><Button>{t('common.view')}</Button></Link>
                {b.organisationId === auth.organisationId && (
                  <Link to={`/university/challenges/${b.challengeId}/bid`}><Button>{b.status === 'Submitted' ? t('university.amend') : t('university.resubmit')}</Button></Link>
                )}
                {b.status === 'Submitted' && b.organisationId === auth.organisationId && (
                  <Button danger onClick={() => modal.confirm({ title: t('university.withdraw'), content: t('university.withdrawConfirm'), okText: t('university.withdraw'), cancelText: t('common.cancel'), okButtonProps: { danger: true }, onOk: () => withdraw.mutateAsync(b) })}>
                    {t('university.withdraw')}
                  </Button>
                )}
              </Space>
            } />
          <WonChallenge challengeId={b.challengeId} organisationId={b.organisationId} />
          <JointCard bid={b} />
          <Receipt bid={b} />
          <Card>
            <Descriptions column={1} size="small">
              <Descriptions.Item label={t('university.technicalApproach')}><Prose>{b.content.technicalApproach}</Prose></Descriptions.Item>
              <Descriptions.Item label={t('university.team')}><Prose>{b.content.team}</Prose></Descriptions.Item>
              <Descriptions.Item label={t('university.budgetAsk')}>{format.money(b.content.budget)}</Descriptions.Item>
              <Descriptions.Item label={t('university.schedule')}><Prose>{b.content.schedule}</Prose></Descriptions.Item>
              <Descriptions.Item label={t('university.attachments')}>
                {b.content.attachments.length === 0 ? '—' : b.content.attachments.map((a) => <div key={a.attachmentId}>{a.fileName} ({format.number(Number(a.size) / 1024, 0)} KB)</div>)}
              </Descriptions.Item>
              <Descriptions.Item label={t('challenge.lastChanged')}>{format.dateTime(b.lastChangedAt)}</Descriptions.Item>
            </Descriptions>
          </Card>
        </>
      )}
    </QueryState>
  );
}
