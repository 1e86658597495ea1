import { useState } from 'react';
import { Alert, App, Button, Card, Form, Input, Modal, Select, Space, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '@/shared/api/client';
import type { ChallengeView, ExpertProfile, FeedbackReason, RankingRow } from '@/shared/api/types';
import { useFormat } from '@/shared/format/useFormat';
import { useReference } from '@/shared/reference/useReference';
import { describeProblem } from '@/shared/ui/describeProblem';
import { QueryState } from '@/shared/ui/QueryState';
import { useCommand } from '@/shared/ui/useCommand';
import { bureauKeys, useExperts, useRanking } from './queries';

const reasons: FeedbackReason[] = ['TechnicalApproachWeak', 'TeamCapability', 'BudgetUnrealistic', 'ScheduleUnrealistic', 'PoorFitToNeed', 'RankedBelowWinners'];

/** Expert assignment: the platform refuses conflicted experts and says why; the refusal shows beside the pool. */
export function ExpertsCard({ challenge }: { challenge: ChallengeView }) {
  const { t } = useTranslation();
  const reference = useReference();
  const experts = useExperts();
  const [assigned, setAssigned] = useState<string[]>([]);
  const [refusal, setRefusal] = useState<{ expert: string; error: unknown } | null>(null);
  const [asking, setAsking] = useState<ExpertProfile | null>(null);
  const assign = useCommand({
    run: (expert: ExpertProfile) =>
      unwrap(api.POST('/api/challenges/{id}/experts', { params: { path: { id: challenge.id } }, body: { expertId: expert.id } })).then(() => expert),
    invalidates: [bureauKeys.challenge(challenge.id), bureauKeys.ranking(challenge.id)],
    onSuccess: (expert) => {
      setAssigned((a) => [...a, expert.id]);
      setRefusal(null);
    },
    onProblem: (error) => {
      setRefusal({ expert: asking?.name ?? '', error });
      return true;
    },
  });
  const text = refusal ? describeProblem(refusal.error, t) : null;
  return (
    <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('bureau.experts')}</h2>} style={{ marginTop: 16 }}>
      {text && (
        <Alert type="warning" showIcon role="alert" style={{ marginBottom: 12 }} title={t('bureau.conflictRefused', { name: refusal?.expert ?? '' })}
          description={<>{text.message}{text.detail && <div className="tm-muted">{t('problems.serverSaid', { detail: text.detail })}</div>}</>} />
      )}
      <QueryState query={experts} isEmpty={(d) => d.length === 0} empty={t('bureau.noExperts')}>
        {(rows) => (
          <Table<ExpertProfile> size="small" rowKey="id" dataSource={rows} pagination={false} scroll={{ x: true }}
            columns={[
              { title: t('bureau.pickExpert'), dataIndex: 'name' },
              { title: t('bureau.expertFields'), dataIndex: 'fields', render: (f: string[]) => f.map((c) => <Tag key={c}>{reference.fieldName(c)}</Tag>), responsive: ['md'] },
              {
                title: t('common.actions'), key: 'assign',
                render: (_, e) => assigned.includes(e.id)
                  ? <Tag color="success">{t('bureau.assigned')}</Tag>
                  : <Button size="small" loading={assign.isPending && asking?.id === e.id} onClick={() => { setAsking(e); assign.mutate(e); }}>{t('bureau.assign')}</Button>,
              },
            ]} />
        )}
      </QueryState>
    </Card>
  );
}

function FeedbackModal({ challenge, row, onClose }: { challenge: ChallengeView; row: RankingRow; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ reason: FeedbackReason; comment?: string }>();
  const save = useCommand({
    run: (v: { reason: FeedbackReason; comment?: string }) =>
      unwrap(api.PUT('/api/challenges/{id}/bids/{bidId}/feedback', { params: { path: { id: challenge.id, bidId: row.bidId } }, body: { reason: v.reason, comment: v.comment || null } })),
    invalidates: [bureauKeys.ranking(challenge.id), bureauKeys.challenge(challenge.id)],
    form,
    onSuccess: onClose,
  });
  return (
    <Modal open title={t('bureau.feedbackTitle', { label: row.label })} onCancel={onClose} onOk={() => form.submit()} okText={t('common.save')}
      cancelText={t('common.cancel')} okButtonProps={{ loading: save.isPending }} destroyOnHidden>
      <Form form={form} layout="vertical" initialValues={{ reason: row.feedback ?? undefined }} onFinish={(v) => save.mutate(v)}>
        <Form.Item name="reason" label={t('common.reason')} rules={[{ required: true, message: t('validation.required') }]}>
          <Select options={reasons.map((r) => ({ value: r, label: t(`feedbackReason.${r}`) }))} />
        </Form.Item>
        <Form.Item name="comment" label={t('common.comment')} rules={[{ max: 1000 }]}><Input.TextArea autoSize={{ minRows: 3 }} /></Form.Item>
      </Form>
    </Modal>
  );
}

/** The ranking (trimmed mean of weighted totals), feedback for every bid that will not win, and the award. */
export function RankingCard({ challenge }: { challenge: ChallengeView }) {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const format = useFormat();
  const ranking = useRanking(challenge.id, true);
  const [feedbackFor, setFeedbackFor] = useState<RankingRow | null>(null);
  const award = useCommand({
    run: () => unwrap(api.POST('/api/challenges/{id}/award', { params: { path: { id: challenge.id } } })),
    invalidates: [bureauKeys.challenge(challenge.id), bureauKeys.ranking(challenge.id)],
  });
  const criteria = challenge.terms.criteria;
  return (
    <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('bureau.ranking')}</h2>} style={{ marginTop: 16 }}
      extra={challenge.status === 'UnderReview' && (
        <Button type="primary" loading={award.isPending}
          onClick={() => modal.confirm({ title: t('bureau.award'), content: t('bureau.awardConfirm'), okText: t('bureau.award'), cancelText: t('common.cancel'), onOk: () => award.mutateAsync() })}>
          {t('bureau.award')}
        </Button>
      )}>
      <QueryState query={ranking} isEmpty={(d) => d.length === 0} empty={t('bureau.noRanking')}>
        {(rows) => (
          <Table<RankingRow> size="small" rowKey="bidId" dataSource={rows} pagination={false} scroll={{ x: true }}
            columns={[
              { title: t('challenge.rank'), dataIndex: 'rank', width: 60 },
              { title: t('challenge.label'), dataIndex: 'label', width: 60 },
              { title: t('common.organisation'), dataIndex: 'organisationName' },
              { title: t('challenge.score'), dataIndex: 'score', render: (s) => format.number(s) },
              { title: t('bureau.reviews'), key: 'reviews', render: (_, r) => <Space>{r.reviews}<Tag color={r.enoughReviews ? 'success' : 'warning'}>{r.enoughReviews ? t('bureau.enoughReviews') : t('bureau.notEnoughReviews')}</Tag></Space> },
              ...criteria.map((c) => ({ title: c.name, key: c.key, responsive: ['lg' as const], render: (_: unknown, r: RankingRow) => format.number(r.averages.find((a) => a.criterion === c.key)?.average ?? 0) })),
              {
                title: t('bureau.giveFeedback'), key: 'feedback',
                render: (_, r) => (
                  <Space wrap>
                    {r.feedback && <Tag>{t(`feedbackReason.${r.feedback}`)}</Tag>}
                    {challenge.status === 'UnderReview' && <Button size="small" onClick={() => setFeedbackFor(r)}>{t('bureau.giveFeedback')}</Button>}
                  </Space>
                ),
              },
            ]} />
        )}
      </QueryState>
      {feedbackFor && <FeedbackModal challenge={challenge} row={feedbackFor} onClose={() => setFeedbackFor(null)} />}
    </Card>
  );
}
