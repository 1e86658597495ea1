import { useState } from 'react';
import { Button, Checkbox, Form, Input, Modal, Radio, Select, Space } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, ifMatch, unwrap } from '@/shared/api/client';
import type { AcceptResultsRequest, ChallengeView } from '@/shared/api/types';
import { ReasonModal, maxReasonLength } from '@/shared/ui/ReasonModal';
import { useCommand } from '@/shared/ui/useCommand';
import { enterpriseKeys } from './queries';

interface AcceptValues {
  adopted?: string;
  teams?: Record<string, { accepted: boolean; note?: string }>;
  onSite?: boolean;
  site?: string;
  date?: string;
  participants?: string[];
}

function toRequest(values: AcceptValues, labels: string[]): AcceptResultsRequest {
  const request: AcceptResultsRequest = {};
  if (labels.length > 0) {
    request.adopted = values.adopted ?? null;
    request.teams = labels.map((label) => ({ label, accepted: values.teams?.[label]?.accepted ?? true, note: values.teams?.[label]?.note?.trim() || null }));
  }
  if (values.onSite) request.site = { site: values.site ?? '', date: values.date ?? '', participants: values.participants ?? [] };
  return request;
}

/** 市场判题 from the funder's side: accept the delivered results — a horse race judges each team and adopts one, and
 * 车间验题 records where, when and with whom they were validated — or reject them with a reason for the bureau. */
export function JudgeResults({ challenge }: { challenge: ChallengeView }) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState<'accept' | 'reject' | null>(null);
  const [form] = Form.useForm<AcceptValues>();
  const race = challenge.terms.mode === 'HorseRace';
  const stages = useQuery({
    queryKey: ['challenges', challenge.id, 'stages'],
    enabled: race,
    queryFn: () => unwrap(api.GET('/api/challenges/{id}/stages', { params: { path: { id: challenge.id } } })),
  });
  const labels = race ? (stages.data?.teams ?? []).filter((team) => !team.eliminated).map((team) => team.label) : [];
  const path = { params: { path: { id: challenge.id } }, headers: ifMatch(challenge.version) };
  const keys = [enterpriseKeys.challenge(challenge.id), enterpriseKeys.funded];
  const accept = useCommand({
    run: (values: AcceptValues) => unwrap(api.POST('/api/challenges/{id}/results/accept', { ...path, body: toRequest(values, labels) })),
    invalidates: keys, success: t('enterprise.resultsAccepted'), form, onSuccess: () => setAsking(null),
  });
  const reject = useCommand({
    run: (v: { reason: string }) => unwrap(api.POST('/api/challenges/{id}/results/reject', { ...path, body: { reason: v.reason } })),
    invalidates: keys, onSuccess: () => setAsking(null),
  });
  const onSite = Form.useWatch('onSite', form);
  return (
    <>
      <Space wrap>
        <Button type="primary" onClick={() => setAsking('accept')}>{t('enterprise.acceptResults')}</Button>
        <Button danger onClick={() => setAsking('reject')}>{t('judgement.reject')}</Button>
      </Space>
      <Modal open={asking === 'accept'} title={t('enterprise.acceptResults')} onCancel={() => setAsking(null)} onOk={() => form.submit()}
        okText={t('common.confirm')} cancelText={t('common.cancel')} okButtonProps={{ loading: accept.isPending }} destroyOnHidden forceRender>
        <p>{t('enterprise.acceptResultsText')}</p>
        <Form form={form} layout="vertical" onFinish={(v) => accept.mutate(v)} initialValues={{ onSite: false }}>
          {labels.map((label) => (
            <Space key={label} wrap align="start">
              <Form.Item name={['teams', label, 'accepted']} label={t('judgement.team', { label })} initialValue>
                <Radio.Group options={[{ value: true, label: t('judgement.accepted') }, { value: false, label: t('judgement.rejected') }]} />
              </Form.Item>
              <Form.Item name={['teams', label, 'note']} label={t('judgement.note')} rules={[{ max: maxReasonLength }]}>
                <Input />
              </Form.Item>
            </Space>
          ))}
          {race && (
            <Form.Item name="adopted" label={t('judgement.adopted')} rules={[{ required: true, message: t('validation.required') }]}>
              <Select options={labels.map((label) => ({ value: label, label: t('judgement.team', { label }) }))} />
            </Form.Item>
          )}
          <Form.Item name="onSite" valuePropName="checked"><Checkbox>{t('judgement.siteValidation')}</Checkbox></Form.Item>
          {onSite && (
            <>
              <Form.Item name="site" label={t('judgement.site')} rules={[{ required: true, whitespace: true, message: t('validation.required') }]}><Input /></Form.Item>
              <Form.Item name="date" label={t('judgement.siteDate')} rules={[{ required: true, message: t('validation.required') }]}><Input type="date" /></Form.Item>
              <Form.Item name="participants" label={t('judgement.participants')} rules={[{ required: true, message: t('validation.required') }]}>
                <Select mode="tags" open={false} aria-label={t('judgement.participants')} />
              </Form.Item>
            </>
          )}
        </Form>
      </Modal>
      {asking === 'reject' && (
        <ReasonModal<{ reason: string }> title={t('judgement.reject')} label={t('judgement.rejectReason')} okText={t('judgement.reject')} danger
          pending={reject.isPending} onSubmit={(v) => reject.mutate(v)} onClose={() => setAsking(null)} />
      )}
    </>
  );
}
