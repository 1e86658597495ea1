import { useState } from 'react';
import { Alert, Button, Checkbox, Col, Descriptions, Form, Input, Row, Space, Statistic } from 'antd';
import { Link } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '@/shared/api/client';
import type { RoundView } from '@/shared/api/types';
import { useFormat } from '@/shared/format/useFormat';
import { QueryState } from '@/shared/ui/QueryState';
import { ReasonModal } from '@/shared/ui/ReasonModal';
import { useCommand } from '@/shared/ui/useCommand';
import { NeedImport } from './NeedImport';
import { roundKeys } from './RoundsPage';

interface ListValues {
  number: string;
  title: string;
  challengeIds: string[];
}

/** One round: its report (collected, share from enterprises, accepted, refined, published, awarded), closing it early,
 * and publishing its refined challenges together as a numbered list. */
export function RoundPanel({ round }: { round: RoundView }) {
  const { t } = useTranslation();
  const format = useFormat();
  const report = useQuery({
    queryKey: roundKeys.report(round.id),
    queryFn: () => unwrap(api.GET('/api/rounds/{id}/report', { params: { path: { id: round.id } } })),
  });
  const [closing, setClosing] = useState(false);
  const [form] = Form.useForm<ListValues>();
  const close = useCommand({
    run: (v: { reason: string }) => unwrap(api.POST('/api/rounds/{id}/close', { params: { path: { id: round.id } }, body: { reason: v.reason } })),
    invalidates: [roundKeys.rounds, roundKeys.report(round.id)],
    success: t('rounds.closed'),
    onSuccess: () => setClosing(false),
  });
  const publish = useCommand({
    run: (v: ListValues) => unwrap(api.POST('/api/lists', { body: { roundId: round.id, number: v.number, title: v.title, challengeIds: v.challengeIds } })),
    invalidates: [roundKeys.report(round.id), ['lists'], ['challenges']],
    form,
    success: t('rounds.listPublished'),
    onSuccess: () => form.resetFields(),
  });
  return (
    <QueryState query={report}>
      {(r) => {
        const publishable = r.challenges.filter((c) => !c.published);
        return (
          <Space direction="vertical" style={{ width: '100%' }} aria-label={t('rounds.report')}>
            {round.closeReason && <Alert type="info" showIcon title={t('rounds.closedEarly', { reason: round.closeReason })} />}
            <Row gutter={16}>
              <Col>
                <Statistic title={t('rounds.collected')} value={r.collected}
                  suffix={<small className="tm-muted">{t('rounds.fromEnterprises', { percent: String(r.fromEnterprisesPercent) })}</small>} />
              </Col>
              <Col><Statistic title={t('rounds.accepted')} value={r.accepted} /></Col>
              <Col><Statistic title={t('rounds.refined')} value={r.refined} /></Col>
              <Col><Statistic title={t('rounds.published')} value={r.published} /></Col>
              <Col><Statistic title={t('rounds.awarded')} value={r.awarded} /></Col>
            </Row>
            <Descriptions size="small" column={1}>
              <Descriptions.Item label={t('rounds.byKind')}>
                {r.byKind.map((k) => `${t(`organisationKind.${k.kind}`)} ${k.count}`).join(' · ') || '—'}
              </Descriptions.Item>
              <Descriptions.Item label={t('rounds.lists')}>
                {r.lists.length === 0 ? '—' : r.lists.map((l) => <Link key={l.listId} to={`/lists/${l.listId}`} style={{ marginRight: 12 }}>{l.number} {l.title} · {format.date(l.publishedOn)}</Link>)}
              </Descriptions.Item>
            </Descriptions>
            {round.status === 'Open' && <NeedImport roundId={round.id} />}
            {round.status !== 'Closed' && <Button danger onClick={() => setClosing(true)}>{t('rounds.close')}</Button>}
            {closing && (
              <ReasonModal<{ reason: string }> title={t('rounds.close')} label={t('rounds.closeReason')} okText={t('rounds.close')}
                pending={close.isPending} onSubmit={(v) => close.mutate(v)} onClose={() => setClosing(false)} />
            )}
            <h3 style={{ fontSize: 15 }}>{t('rounds.publishList')}</h3>
            {publishable.length === 0 ? <p className="tm-muted">{t('rounds.noChallenges')}</p> : (
              <Form form={form} layout="vertical" onFinish={(v) => publish.mutate(v)} style={{ maxWidth: 640 }}>
                <Form.Item name="challengeIds" label={t('rounds.listChallenges')} rules={[{ required: true }]}>
                  <Checkbox.Group options={publishable.map((c) => ({ value: c.challengeId, label: c.title }))} />
                </Form.Item>
                <Form.Item name="number" label={t('rounds.listNumber')} extra={t('rounds.listNumberHelp')} rules={[{ required: true }]}><Input style={{ width: 160 }} /></Form.Item>
                <Form.Item name="title" label={t('rounds.listTitle')} rules={[{ required: true }]}><Input /></Form.Item>
                <Button type="primary" htmlType="submit" loading={publish.isPending}>{t('rounds.publishList')}</Button>
              </Form>
            )}
          </Space>
        );
      }}
    </QueryState>
  );
}
