import { Button, Checkbox, Form, Input, InputNumber, Select, Space, TreeSelect } from 'antd';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '@/shared/api/client';
import type { AchievementContent, TransferMode } from '@/shared/api/types';
import { useReference } from '@/shared/reference/useReference';
import { PageHeader } from '@/shared/ui/bits';
import { useCommand } from '@/shared/ui/useCommand';
import { transferModes } from './AchievementsHallPage';
import { patentProblem } from './patentNumber';
import { marketKeys } from './queries';

interface Values {
  title: string;
  summary: string;
  field: string;
  trl: number;
  patents?: string;
  transferModes: TransferMode[];
  askingPrice?: number;
  offerTrial?: boolean;
  trialMonths?: number;
  conversionPrice?: number;
  conversionMode?: TransferMode;
}

const lines = (text?: string) => (text ?? '').split(/[\n,，;；]+/).map((l) => l.trim()).filter(Boolean);

/** 发布科技成果: content, patents checked by their check digit in the browser too, price or negotiable, 先用后转 terms. */
export function AchievementFormPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const reference = useReference();
  const [form] = Form.useForm<Values>();
  const offerTrial = Form.useWatch('offerTrial', form);
  const required = { required: true, message: t('validation.required') };
  // A checkbox group is a div: `required` would put aria-required on it, which only form controls may carry.
  const atLeastOne = { validator: (_: unknown, v?: unknown[]) => (v?.length ? Promise.resolve() : Promise.reject(new Error(t('validation.atLeastOne')))) };
  const publish = useCommand({
    run: (v: Values) => {
      const body: AchievementContent = {
        title: v.title, summary: v.summary, field: v.field, trl: v.trl, patents: lines(v.patents), transferModes: v.transferModes,
        askingPrice: v.askingPrice ?? null,
        trial: v.offerTrial ? { trialMonths: v.trialMonths!, conversionPrice: v.conversionPrice!, conversionMode: v.conversionMode! } : null,
      };
      return unwrap(api.POST('/api/achievements', { body }));
    },
    invalidates: [marketKeys.mine, ['achievements']],
    form,
    onSuccess: (created) => void navigate(`/achievements/${created.id}`),
  });
  return (
    <>
      <PageHeader title={t('achievements.publish')} intro={t('achievements.publishIntro')} />
      <Form form={form} layout="vertical" style={{ maxWidth: 760 }} initialValues={{ trl: 5, transferModes: ['Licence'] }} onFinish={(v) => publish.mutate(v)}>
        <Form.Item name="title" label={t('achievements.title')} rules={[required, { min: 4, max: 100, message: t('validation.length', { min: 4, max: 100 }) }]}><Input /></Form.Item>
        <Form.Item name="summary" label={t('achievements.summary')} rules={[required, { min: 10, max: 2000, message: t('validation.length', { min: 10, max: 2000 }) }]}>
          <Input.TextArea autoSize={{ minRows: 3 }} />
        </Form.Item>
        <Space wrap align="start">
          <Form.Item name="field" label={t('common.field')} rules={[required]}>
            <TreeSelect treeData={reference.fieldTree} showSearch treeNodeFilterProp="title" style={{ width: 260 }} />
          </Form.Item>
          <Form.Item name="trl" label={t('achievements.trlLabel')} rules={[required]}><InputNumber min={1} max={9} precision={0} /></Form.Item>
          <Form.Item name="askingPrice" label={t('achievements.askingPrice')} extra={t('achievements.negotiableLabel')}>
            <InputNumber min={0.01} precision={2} style={{ width: 200 }} />
          </Form.Item>
        </Space>
        <Form.Item name="patents" label={t('achievements.patentsLabel')} extra={t('achievements.patentsHint')}
          rules={[{ validator: (_, text?: string) => {
            const bad = lines(text).find((n) => patentProblem(n));
            return bad ? Promise.reject(new Error(t('achievements.invalidPatent', { number: bad }))) : Promise.resolve();
          } }]}>
          <Input.TextArea autoSize={{ minRows: 2 }} />
        </Form.Item>
        <Form.Item name="transferModes" label={t('achievements.transferModes')} rules={[atLeastOne]}>
          <Checkbox.Group options={transferModes.map((m) => ({ value: m, label: t(`achievements.modes.${m}`) }))} />
        </Form.Item>
        <Form.Item name="offerTrial" valuePropName="checked"><Checkbox>{t('achievements.offerTrial')}</Checkbox></Form.Item>
        {offerTrial && (
          <Space wrap align="start">
            <Form.Item name="trialMonths" label={t('achievements.trialMonths')} rules={[required]}><InputNumber min={1} max={36} precision={0} /></Form.Item>
            <Form.Item name="conversionPrice" label={t('achievements.conversionPrice')} rules={[required]}>
              <InputNumber min={0.01} precision={2} style={{ width: 200 }} />
            </Form.Item>
            <Form.Item name="conversionMode" label={t('achievements.conversionMode')} rules={[required]}>
              <Select<TransferMode> style={{ width: 160 }} options={(['Licence', 'Transfer'] as TransferMode[]).map((m) => ({ value: m, label: t(`achievements.modes.${m}`) }))} />
            </Form.Item>
          </Space>
        )}
        <Button type="primary" htmlType="submit" loading={publish.isPending}>{t('achievements.publish')}</Button>
      </Form>
    </>
  );
}
