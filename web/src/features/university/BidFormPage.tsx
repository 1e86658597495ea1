import { useState } from 'react';
import { Alert, Button, Card, Form, Input, InputNumber, Upload, type UploadFile } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api, ifMatch, unwrap } from '@/shared/api/client';
import type { AttachmentRef, BidReceipt, BidView, ChallengeView } from '@/shared/api/types';
import { useFormat } from '@/shared/format/useFormat';
import { PageHeader } from '@/shared/ui/bits';
import { describeProblem } from '@/shared/ui/describeProblem';
import { QueryState } from '@/shared/ui/QueryState';
import { useCommand } from '@/shared/ui/useCommand';
import { useChallenge } from '@/features/public/queries';
import { JointFields, jointBody, jointValues, type JointValues } from './JointFields';
import { bidderKeys, useBid, useMyBidsOn } from './queries';
import { uploadAttachment } from './upload';

interface Values extends JointValues {
  technicalApproach: string;
  team: string;
  budget: number;
  schedule: string;
}

function BidForm({ challenge, existing }: { challenge: ChallengeView; existing?: BidView }) {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  // The form starts from the organisation's bid, if it has one; the page gives each version of that bid a form of its own.
  const [files, setFiles] = useState<UploadFile<AttachmentRef>[]>(
    () => existing?.content.attachments.map((a) => ({ uid: a.attachmentId, name: a.fileName, status: 'done', response: a })) ?? []);
  const amending = existing?.status === 'Submitted';

  const submit = useCommand({
    run: (values: Values) => {
      const { technicalApproach, team, budget, schedule } = values;
      const body = {
        technicalApproach, team, budget, schedule, joint: jointBody(values),
        attachmentIds: files.filter((f) => f.status === 'done' && f.response).map((f) => f.response!.attachmentId),
      };
      return (amending
        ? unwrap(api.PUT('/api/bids/{id}', { params: { path: { id: existing!.id } }, headers: ifMatch(existing!.version), body }))
        : unwrap(api.POST('/api/challenges/{id}/bids', { params: { path: { id: challenge.id } }, body }))) as Promise<BidReceipt>;
    },
    invalidates: [bidderKeys.mine, bidderKeys.challenge(challenge.id), ...(existing ? [bidderKeys.bid(existing.id)] : [])],
    form,
    success: t('university.receipt'),
    onSuccess: (receipt) => navigate(`/university/bids/${receipt.bidId}`),
  });
  const required = { required: true, message: t('validation.required') };
  const length = (min: number, max: number) => ({ min, max, message: t('validation.length', { min, max }) });

  return (
    <Card>
      <Alert type="info" showIcon title={t('university.sealedNote')} style={{ marginBottom: 16 }} />
      <Form form={form} layout="vertical" initialValues={existing && { ...existing.content, budget: Number(existing.content.budget), ...jointValues(existing) }}
        onFinish={(v) => submit.mutate(v)} style={{ maxWidth: 760 }}>
        <Form.Item name="technicalApproach" label={t('university.technicalApproach')} rules={[required, length(20, 20000)]}>
          <Input.TextArea autoSize={{ minRows: 5 }} />
        </Form.Item>
        <Form.Item name="team" label={t('university.team')} rules={[required, length(2, 5000)]}><Input.TextArea autoSize={{ minRows: 2 }} /></Form.Item>
        <Form.Item name="budget" label={t('university.budgetAsk')} extra={t('university.budgetHint', { bounty: format.money(challenge.bounty) })}
          rules={[required, { validator: (_, v: number) => (v === undefined || v <= Number(challenge.bounty) ? Promise.resolve() : Promise.reject(new Error(t('university.budgetHint', { bounty: format.money(challenge.bounty) })))) }]}>
          <InputNumber min={0} precision={2} style={{ width: 220 }} />
        </Form.Item>
        <Form.Item name="schedule" label={t('university.schedule')} rules={[required, length(2, 5000)]}><Input.TextArea autoSize={{ minRows: 2 }} /></Form.Item>
        <JointFields />
        <Form.Item label={t('university.attachments')}>
          <Upload<AttachmentRef>
            fileList={files}
            maxCount={10}
            progress={{ 'aria-label': t('university.uploadProgress') }}
            accept=".pdf,.docx,.xlsx,.pptx,.png,.jpg,.jpeg,.zip"
            onChange={({ fileList }) => setFiles(fileList)}
            customRequest={({ file, onProgress, onSuccess, onError }) => {
              uploadAttachment(challenge.id, file as File, (percent) => onProgress?.({ percent }))
                .then((ref) => onSuccess?.(ref))
                .catch((error) => onError?.(Object.assign(new Error(describeProblem(error, t).message), { status: 400 })));
            }}
          >
            <Button icon={<UploadOutlined />}>{t('university.upload')}</Button>
          </Upload>
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={submit.isPending} disabled={files.some((f) => f.status === 'uploading')}>
          {amending ? t('university.amendBid') : existing ? t('university.resubmit') : t('university.submitBid')}
        </Button>
      </Form>
    </Card>
  );
}

/** 揭榜申报: the bid form, amending the organisation's bid when it already has one on this challenge. */
export function BidFormPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const challenge = useChallenge(id);
  const mine = useMyBidsOn(id);
  // Only a bid the organisation leads is its to amend; a joint bid that names it is answered on the bid's page.
  const existingId = mine.data?.items.find((b) => b.lead)?.id;
  const existing = useBid(existingId);
  return (
    <QueryState query={challenge}>
      {(c) => (
        <>
          <PageHeader title={t('university.bidFor', { title: c.terms.title })} />
          {mine.isPending || (existingId && existing.isPending) ? null : <BidForm key={existing.data ? `${existing.data.id}:${existing.data.version}` : 'new'} challenge={c} existing={existing.data} />}
        </>
      )}
    </QueryState>
  );
}
