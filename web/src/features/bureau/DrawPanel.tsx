import { Button, Card, Descriptions, Form, InputNumber, List, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '@/shared/api/client';
import type { ChallengeView } from '@/shared/api/types';
import { useFormat } from '@/shared/format/useFormat';
import { QueryState } from '@/shared/ui/QueryState';
import { useCommand } from '@/shared/ui/useCommand';
import { bureauKeys, useReviewLog } from './queries';

interface DrawForm {
  count: number;
  alternates: number;
}

/** 随机抽取: draw experts of the challenge's field with alternates, and the log of draws (with their seeds), declines
 *  and recusals, so the bureau can show how the panel came about. */
export function DrawCard({ challenge }: { challenge: ChallengeView }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [form] = Form.useForm<DrawForm>();
  const log = useReviewLog(challenge.id);
  const draw = useCommand({
    run: (v: DrawForm) => unwrap(api.POST('/api/challenges/{id}/experts/draw', { params: { path: { id: challenge.id } }, body: v })),
    invalidates: [bureauKeys.challenge(challenge.id), bureauKeys.ranking(challenge.id), bureauKeys.reviewLog(challenge.id)],
    form,
    success: t('bureau.drawDone'),
  });
  const open = challenge.status === 'BiddingClosed' || challenge.status === 'UnderReview';
  const names = (experts: { name: string; expertId: string }[]) => experts.length === 0 ? '—' : experts.map((e) => <Tag key={e.expertId}>{e.name}</Tag>);
  return (
    <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('bureau.draw')}</h2>} style={{ marginTop: 16 }}>
      {open && (
        <>
          <Typography.Paragraph className="tm-muted">{t('bureau.drawIntro')}</Typography.Paragraph>
          <Form form={form} layout="inline" initialValues={{ count: 3, alternates: 2 }} onFinish={(v) => draw.mutate(v)} style={{ marginBottom: 16 }}>
            <Form.Item name="count" label={t('bureau.drawCount')} rules={[{ required: true, message: t('validation.required') }]}>
              <InputNumber min={1} max={15} precision={0} />
            </Form.Item>
            <Form.Item name="alternates" label={t('bureau.drawAlternates')} rules={[{ required: true, message: t('validation.required') }]}>
              <InputNumber min={0} max={10} precision={0} />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={draw.isPending}>{t('bureau.drawButton')}</Button>
          </Form>
        </>
      )}
      <h3 style={{ fontSize: 14 }}>{t('bureau.reviewLog')}</h3>
      <QueryState query={log} isEmpty={(d) => d.draws.length + d.declines.length + d.recusals.length === 0} empty={t('bureau.noDraws')}>
        {(l) => (
          <Space direction="vertical" style={{ width: '100%' }}>
            {l.draws.map((d) => (
              <Descriptions key={d.seed} size="small" bordered column={1} title={format.dateTime(d.at)}>
                <Descriptions.Item label={t('bureau.seed')}><Typography.Text code copyable>{d.seed}</Typography.Text></Descriptions.Item>
                <Descriptions.Item label={t('bureau.drawn')}>{names(d.drawn)}</Descriptions.Item>
                <Descriptions.Item label={t('bureau.alternates')}>{names(d.alternates)}</Descriptions.Item>
                <Descriptions.Item label={t('bureau.excluded')}>
                  {d.excluded.length === 0 ? '—' : d.excluded.map((e) => <div key={e.expertId}>{e.name}：{t(`problems.codes.${e.reason}`, { defaultValue: e.reason })}</div>)}
                </Descriptions.Item>
              </Descriptions>
            ))}
            {l.declines.length > 0 && (
              <List size="small" header={t('bureau.declines')} dataSource={l.declines} renderItem={(d) => (
                <List.Item>
                  {d.expertName}：{d.reason} · {d.replacement ? t('bureau.replacedBy', { name: d.replacement.name }) : t('bureau.noReplacement')}
                  <span className="tm-muted"> · {format.dateTime(d.at)}</span>
                </List.Item>
              )} />
            )}
            {l.recusals.length > 0 && (
              <List size="small" header={t('bureau.recusals')} dataSource={l.recusals} renderItem={(r) => (
                <List.Item>{t('bureau.recusalOf', { name: r.expertName, label: r.label, reason: r.reason })}<span className="tm-muted"> · {format.dateTime(r.at)}</span></List.Item>
              )} />
            )}
            {open && l.alternates.length > 0 && <div>{t('bureau.alternatesLeft')}：{names(l.alternates)}</div>}
          </Space>
        )}
      </QueryState>
    </Card>
  );
}
