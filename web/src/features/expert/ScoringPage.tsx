import { Alert, Button, Card, Descriptions, Form, Input, InputNumber, Space, Tag, Typography } from 'antd';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '@/shared/api/client';
import type { AssignedReview, BlindBidView, Criterion } from '@/shared/api/types';
import { useFormat } from '@/shared/format/useFormat';
import { PageHeader, Prose } from '@/shared/ui/bits';
import { QueryState } from '@/shared/ui/QueryState';
import { useCommand } from '@/shared/ui/useCommand';
import { expertKeys, useBlindBids, useMyReviews } from './queries';
import { DeclineButton, RecuseButton } from './RecusalActions';

type Scores = Record<string, { score: number; comment?: string }>;

/** Σ score × weight ÷ 10, as the server ranks (0–100). */
export function weightedTotal(criteria: Criterion[], scores: Scores): number {
  return criteria.reduce((sum, c) => sum + (Number(scores?.[c.key]?.score) || 0) * Number(c.weight), 0) / 10;
}

export function ScoreBid({ review, bid }: { review: AssignedReview; bid: BlindBidView }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [form] = Form.useForm<{ scores: Scores }>();
  const sheet = review.bids.find((b) => b.label === bid.label);
  const mine = sheet?.myScores ?? null;
  const recused = sheet?.recused ?? false;
  const scores = Form.useWatch('scores', form) ?? {};
  const save = useCommand({
    run: (values: { scores: Scores }) =>
      unwrap(api.PUT('/api/challenges/{id}/bids/{label}/scores', {
        params: { path: { id: review.challengeId, label: bid.label } },
        body: { scores: review.criteria.map((c) => ({ criterion: c.key, score: values.scores[c.key].score, comment: values.scores[c.key].comment || null })) },
      })),
    invalidates: [expertKeys.reviews],
    success: t('expert.scoresSaved'),
  });
  const initial = Object.fromEntries((mine ?? []).map((s) => [s.criterion, { score: Number(s.score), comment: s.comment ?? undefined }]));
  const editable = review.status === 'UnderReview' && !recused;
  return (
    <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('expert.bidLabel', { label: bid.label })}</h2>} style={{ marginBottom: 16 }}
      extra={recused ? <Tag color="default">{t('expert.recused')}</Tag> : (
        <Space>
          <span className={mine ? undefined : 'tm-muted'}>{mine ? t('expert.scored') : t('expert.notScored')}</span>
          {review.status === 'UnderReview' && <RecuseButton review={review} label={bid.label} />}
        </Space>
      )}>
      <Descriptions column={1} size="small" style={{ marginBottom: 12 }}>
        <Descriptions.Item label={t('university.technicalApproach')}><Prose>{bid.content.technicalApproach}</Prose></Descriptions.Item>
        <Descriptions.Item label={t('university.team')}><Prose>{bid.content.team}</Prose></Descriptions.Item>
        <Descriptions.Item label={t('university.budgetAsk')}>{format.money(bid.content.budget)}</Descriptions.Item>
        <Descriptions.Item label={t('university.schedule')}><Prose>{bid.content.schedule}</Prose></Descriptions.Item>
        <Descriptions.Item label={t('university.attachments')}>{bid.content.attachments.map((a) => a.name).join(', ') || '—'}</Descriptions.Item>
      </Descriptions>
      {recused ? <Alert type="info" showIcon title={t('expert.recusedHint')} /> : (
      <Form form={form} layout="vertical" initialValues={{ scores: initial }} onFinish={(v) => save.mutate(v)} disabled={!editable}>
        {review.criteria.map((c) => (
          <Space key={c.key} wrap align="start" style={{ display: 'flex' }}>
            <Form.Item name={['scores', c.key, 'score']} label={`${c.name}（${t('challenge.weight')} ${c.weight}%）`}
              rules={[{ required: true, message: t('validation.score') }]}>
              <InputNumber min={0} max={10} precision={0} style={{ width: 100 }} />
            </Form.Item>
            <Form.Item name={['scores', c.key, 'comment']} label={t('common.comment')} style={{ minWidth: 240, flex: 1 }}>
              <Input maxLength={1000} />
            </Form.Item>
          </Space>
        ))}
        <Space wrap>
          <Typography.Text strong aria-live="polite">{t('expert.total', { total: format.number(weightedTotal(review.criteria, scores)) })}</Typography.Text>
          {editable && <Button type="primary" htmlType="submit" loading={save.isPending}>{t('expert.saveScores')}</Button>}
        </Space>
      </Form>
      )}
    </Card>
  );
}

/** Blind reading and per-criterion scoring, with the weights shown. */
export function ScoringPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const reviews = useMyReviews();
  const bids = useBlindBids(id);
  return (
    <QueryState query={reviews}>
      {(all) => {
        const review = all.find((r) => r.challengeId === id);
        if (!review) return <Alert type="warning" showIcon title={t('problems.codes.not-assigned')} />;
        return (
          <>
            <PageHeader title={review.title} intro={t('expert.scoreHint')} extra={<DeclineButton review={review} />} />
            <QueryState query={bids} isEmpty={(d) => d.length === 0} empty={t('common.emptyList')}>
              {(rows) => rows.map((bid) => <ScoreBid key={bid.label} review={review} bid={bid} />)}
            </QueryState>
          </>
        );
      }}
    </QueryState>
  );
}
