import { Button, Form, Input, InputNumber, Space, TreeSelect } from 'antd';
import { useTranslation } from 'react-i18next';
import type { NeedContent } from '@/shared/api/types';
import { useFormat } from '@/shared/format/useFormat';
import { useReference } from '@/shared/reference/useReference';
import type { FormInstance } from 'antd';

export type NeedFormValues = Omit<NeedContent, 'budgetMin' | 'budgetMax'> & { budgetMin: number; budgetMax: number };

/** The content of a need; the same form drafts, edits and revises. */
export function NeedForm({ form, initial, onSubmit, pending, submitLabel }: {
  form: FormInstance<NeedFormValues>;
  initial?: Partial<NeedFormValues>;
  onSubmit: (values: NeedFormValues) => void;
  pending: boolean;
  submitLabel: string;
}) {
  const { t } = useTranslation();
  const reference = useReference();
  const format = useFormat();
  const required = { required: true, message: t('validation.required') };
  const length = (min: number, max: number) => ({ min, max, message: t('validation.length', { min, max }) });
  const min = Form.useWatch('budgetMin', form);
  const max = Form.useWatch('budgetMax', form);
  const today = new Date().toISOString().slice(0, 10);
  return (
    <Form form={form} layout="vertical" initialValues={initial} onFinish={onSubmit} style={{ maxWidth: 760 }}>
      <Form.Item name="title" label={t('enterprise.title')} rules={[required, length(4, 100)]}><Input /></Form.Item>
      <Form.Item name="field" label={t('common.field')} rules={[required]}>
        <TreeSelect treeData={reference.fieldTree} showSearch treeNodeFilterProp="title" />
      </Form.Item>
      <Space wrap align="start">
        <Form.Item name="budgetMin" label={t('enterprise.budgetMin')} rules={[required]} extra={min ? format.money(min) : undefined}>
          <InputNumber min={0} max={100_000_000_000} precision={2} style={{ width: 200 }} />
        </Form.Item>
        <Form.Item name="budgetMax" label={t('enterprise.budgetMax')} dependencies={['budgetMin']} extra={max ? format.money(max) : undefined}
          rules={[required, ({ getFieldValue }) => ({
            validator: (_, value: number) => (value >= (getFieldValue('budgetMin') ?? 0) ? Promise.resolve() : Promise.reject(new Error(t('validation.budgetOrder')))),
          })]}>
          <InputNumber min={0} max={100_000_000_000} precision={2} style={{ width: 200 }} />
        </Form.Item>
        <Form.Item name="desiredDelivery" label={t('enterprise.desiredDelivery')}
          rules={[required, { validator: (_, value: string) => (!value || value > today ? Promise.resolve() : Promise.reject(new Error(t('validation.futureDate')))) }]}>
          <Input type="date" min={today} />
        </Form.Item>
      </Space>
      <Form.Item name="description" label={t('enterprise.description')} rules={[required, length(10, 5000)]}>
        <Input.TextArea autoSize={{ minRows: 4 }} />
      </Form.Item>
      <Form.Item name="indicators" label={t('enterprise.indicators')} rules={[{ max: 5000 }]}>
        <Input.TextArea autoSize={{ minRows: 2 }} />
      </Form.Item>
      <Form.Item name="publicSummary" label={t('enterprise.publicSummary')} rules={[required, length(10, 1000)]}>
        <Input.TextArea autoSize={{ minRows: 2 }} />
      </Form.Item>
      <Form.Item name="confidentialDetails" label={t('enterprise.confidentialDetails')} rules={[{ max: 10000 }]}>
        <Input.TextArea autoSize={{ minRows: 2 }} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={pending}>{submitLabel}</Button>
    </Form>
  );
}

export function toContent(values: NeedFormValues): NeedContent {
  return {
    ...values,
    confidentialDetails: values.confidentialDetails?.trim() ? values.confidentialDetails : null,
    indicators: values.indicators?.trim() ? values.indicators : null,
  };
}
