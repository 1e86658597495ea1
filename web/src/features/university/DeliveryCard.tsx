import { useState } from 'react';
import { Button, Card, Form, Input, Upload, type UploadFile } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '@/shared/api/client';
import type { AttachmentRef, ChallengeView } from '@/shared/api/types';
import { describeProblem } from '@/shared/ui/describeProblem';
import { useCommand } from '@/shared/ui/useCommand';
import { JudgementCard } from '@/features/public/Judgement';
import { publicKeys } from '@/features/public/queries';
import { uploadAttachment } from './upload';

/** 成果交付: a winning team delivers its results — a report and files — for the funders to judge (市场判题), and reads
 * their verdicts; after a rejection and the bureau's resumption it delivers again. */
export function DeliveryCard({ challenge }: { challenge: ChallengeView }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ report: string }>();
  const [files, setFiles] = useState<UploadFile<AttachmentRef>[]>([]);
  const open = challenge.status === 'Awarded' || challenge.status === 'InProgress';
  const deliver = useCommand({
    run: (values: { report: string }) => unwrap(api.POST('/api/challenges/{id}/delivery', {
      params: { path: { id: challenge.id } },
      body: { report: values.report, attachmentIds: files.filter((f) => f.status === 'done' && f.response).map((f) => f.response!.attachmentId) },
    })),
    invalidates: [publicKeys.challenge(challenge.id)],
    form,
    success: t('judgement.delivered'),
    onSuccess: () => { form.resetFields(); setFiles([]); },
  });
  return (
    <>
      {open && (
        <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('judgement.deliver')}</h2>} style={{ marginBottom: 16 }}>
          <Form form={form} layout="vertical" onFinish={(v) => deliver.mutate(v)} style={{ maxWidth: 760 }}>
            <Form.Item name="report" label={t('judgement.report')} rules={[
              { required: true, whitespace: true, message: t('validation.required') },
              { min: 10, max: 10000, message: t('validation.length', { min: 10, max: 10000 }) },
            ]}>
              <Input.TextArea autoSize={{ minRows: 4 }} />
            </Form.Item>
            <Form.Item label={t('university.attachments')}>
              <Upload<AttachmentRef> fileList={files} maxCount={10} accept=".pdf,.docx,.xlsx,.pptx,.png,.jpg,.jpeg,.zip"
                progress={{ 'aria-label': t('university.uploadProgress') }}
                onChange={({ fileList }) => setFiles(fileList)}
                customRequest={({ file, onProgress, onSuccess, onError }) => {
                  uploadAttachment(challenge.id, file as File, (percent) => onProgress?.({ percent }))
                    .then((ref) => onSuccess?.(ref))
                    .catch((error) => onError?.(Object.assign(new Error(describeProblem(error, t).message), { status: 400 })));
                }}>
                <Button icon={<UploadOutlined />}>{t('university.upload')}</Button>
              </Upload>
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={deliver.isPending} disabled={files.some((f) => f.status === 'uploading')}>
              {t('judgement.deliver')}
            </Button>
          </Form>
        </Card>
      )}
      <JudgementCard challengeId={challenge.id} />
    </>
  );
}
