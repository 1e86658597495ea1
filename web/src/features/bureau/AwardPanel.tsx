import { useState } from 'react';
import { Alert, App, Button, Card, Form, Input, Space, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '@/shared/api/client';
import type { ChallengeView, ObjectionView } from '@/shared/api/types';
import { fromCityLocalInput } from '@/shared/format/dates';
import { useFormat } from '@/shared/format/useFormat';
import { QueryState } from '@/shared/ui/QueryState';
import { ReasonModal } from '@/shared/ui/ReasonModal';
import { useCommand } from '@/shared/ui/useCommand';
import { ObjectionOutcome, objectionKeys, useObjections } from '@/features/public/Objections';
import { bureauKeys, useRanking } from './queries';

/** 公示: the proposed award's publicity, every objection with its answer (uphold → back to review, dismiss → reason
 * recorded), and the final award once the publicity is over and nothing is left unanswered. */
export function PublicityCard({ challenge }: { challenge: ChallengeView }) {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const format = useFormat();
  const objections = useObjections(challenge.id, true);
  const [answering, setAnswering] = useState<{ objection: ObjectionView; upheld: boolean } | null>(null);
  const keys = [bureauKeys.challenge(challenge.id), bureauKeys.ranking(challenge.id), objectionKeys.of(challenge.id)];
  const answer = useCommand({
    run: (v: { reason: string }) => unwrap(api.POST('/api/challenges/{id}/objections/{objectionId}/answer', {
      params: { path: { id: challenge.id, objectionId: answering!.objection.id } },
      body: { upheld: answering!.upheld, answer: v.reason },
    })),
    invalidates: keys,
    onSuccess: () => setAnswering(null),
  });
  const finalise = useCommand({ run: () => unwrap(api.POST('/api/challenges/{id}/award/final', { params: { path: { id: challenge.id } } })), invalidates: keys });
  const running = challenge.publicityEndsAt !== null && new Date(challenge.publicityEndsAt) > new Date();
  return (
    <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('bureau.publicity')}</h2>} style={{ marginTop: 16 }}
      extra={(
        <Button type="primary" loading={finalise.isPending}
          onClick={() => modal.confirm({ title: t('bureau.finalise'), content: t('bureau.finaliseConfirm'), okText: t('bureau.finalise'), cancelText: t('common.cancel'), onOk: () => finalise.mutateAsync() })}>
          {t('bureau.finalise')}
        </Button>
      )}>
      {running && <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('bureau.publicityRunning', { date: format.dateTime(challenge.publicityEndsAt) })} />}
      <QueryState query={objections} isEmpty={(d) => !d || d.length === 0} empty={t('bureau.noObjections')}>
        {(rows) => (
          <Table<ObjectionView> size="small" rowKey="id" pagination={false} dataSource={rows ?? []} scroll={{ x: true }}
            columns={[
              { title: t('bureau.objectionBy'), dataIndex: 'organisationName' },
              { title: t('challenge.lodgedAt'), dataIndex: 'lodgedAt', render: (d) => format.dateTime(d), responsive: ['md'] },
              { title: t('challenge.objectionReason'), dataIndex: 'reason' },
              {
                title: t('challenge.answer'), key: 'answer',
                render: (_, o) => o.upheld === null || o.upheld === undefined ? (
                  <Space wrap>
                    <Button size="small" onClick={() => setAnswering({ objection: o, upheld: true })}>{t('bureau.uphold')}</Button>
                    <Button size="small" danger onClick={() => setAnswering({ objection: o, upheld: false })}>{t('bureau.dismiss')}</Button>
                  </Space>
                ) : <Space wrap><ObjectionOutcome objection={o} />{o.answer}</Space>,
              },
            ]} />
        )}
      </QueryState>
      {answering && (
        <ReasonModal<{ reason: string }> title={`${t('bureau.answerTitle')} · ${answering.upheld ? t('bureau.uphold') : t('bureau.dismiss')}`}
          label={t('bureau.answerReason')} okText={answering.upheld ? t('bureau.uphold') : t('bureau.dismiss')} danger={!answering.upheld}
          pending={answer.isPending} onSubmit={(v) => answer.mutate(v)} onClose={() => setAnswering(null)} />
      )}
    </Card>
  );
}

/** 重新发榜 or 流榜: offered when no bid came, or every bid has its reviews and none reached the pass mark. */
export function NoWinnerCard({ challenge }: { challenge: ChallengeView }) {
  const { t } = useTranslation();
  const ranking = useRanking(challenge.id, challenge.status === 'UnderReview');
  const [asking, setAsking] = useState<'republish' | 'unfilled' | null>(null);
  const keys = [bureauKeys.challenge(challenge.id), bureauKeys.ranking(challenge.id), bureauKeys.board];
  const path = { params: { path: { id: challenge.id } } };
  const republish = useCommand({
    run: (v: { reason: string; closesAt: string }) =>
      unwrap(api.POST('/api/challenges/{id}/republish', { ...path, body: { reason: v.reason, closesAt: fromCityLocalInput(v.closesAt) } })),
    invalidates: keys,
    onSuccess: () => setAsking(null),
  });
  const unfilled = useCommand({
    run: (v: { reason: string }) => unwrap(api.POST('/api/challenges/{id}/unfilled', { ...path, body: { reason: v.reason } })),
    invalidates: keys,
    onSuccess: () => setAsking(null),
  });
  const rows = ranking.data ?? [];
  const noBids = challenge.commitments.length === 0;
  const nonePassed = rows.length > 0 && rows.every((r) => r.enoughReviews && Number(r.score) < Number(challenge.terms.passMark));
  if (!noBids && !nonePassed) return null;
  return (
    <Card style={{ marginTop: 16 }}>
      <Alert type="warning" showIcon style={{ marginBottom: 12 }}
        title={noBids ? t('bureau.noBidsAtAll') : t('bureau.noWinner', { mark: Number(challenge.terms.passMark) })} />
      <Space wrap>
        <Button type="primary" onClick={() => setAsking('republish')}>{t('bureau.republish')}</Button>
        <Button danger onClick={() => setAsking('unfilled')}>{t('bureau.closeUnfilled')}</Button>
      </Space>
      {asking === 'republish' && (
        <ReasonModal<{ reason: string; closesAt: string }> title={t('bureau.republish')} label={t('bureau.republishReason')} okText={t('bureau.republish')}
          pending={republish.isPending} onSubmit={(v) => republish.mutate(v)} onClose={() => setAsking(null)}>
          <Form.Item name="closesAt" label={t('bureau.newDeadline')} rules={[{ required: true, message: t('validation.required') }]}>
            <Input type="datetime-local" />
          </Form.Item>
        </ReasonModal>
      )}
      {asking === 'unfilled' && (
        <ReasonModal<{ reason: string }> title={t('bureau.closeUnfilled')} label={t('bureau.unfilledReason')} okText={t('bureau.closeUnfilled')} danger
          pending={unfilled.isPending} onSubmit={(v) => unfilled.mutate(v)} onClose={() => setAsking(null)} />
      )}
    </Card>
  );
}
