import { Button, Checkbox, Form, Input, InputNumber, Select, Space, TreeSelect } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '@/shared/api/client';
import type { ContractTerms, ContractTermsRequest, ContractType } from '@/shared/api/types';
import { useFormat } from '@/shared/format/useFormat';
import { useReference } from '@/shared/reference/useReference';

export const contractTypes: ContractType[] = ['Development', 'Transfer', 'Licence', 'Consulting', 'Service'];

/** The terms as the form holds them (a milestone's due date as yyyy-mm-dd). */
export interface TermsValues {
  title: string;
  type: ContractType;
  field: string;
  contractAmount: number;
  technologyAmount: number;
  milestones: { deliverable: string; amount: number; dueOn: string }[];
  brokerId?: string;
  relatedParties?: boolean;
}

export const toTermsRequest = (v: TermsValues): ContractTermsRequest => ({
  title: v.title, type: v.type, field: v.field, contractAmount: v.contractAmount, technologyAmount: v.technologyAmount,
  milestones: v.milestones, brokerId: v.brokerId ?? null, relatedParties: v.relatedParties ?? false,
});

/** Terms already agreed or proposed, as the form's starting values. */
export const fromTerms = (terms: ContractTerms): Partial<TermsValues> => ({
  title: terms.title, type: terms.type, field: terms.field, contractAmount: Number(terms.contractAmount), technologyAmount: Number(terms.technologyAmount),
  milestones: terms.milestones.map((m) => ({ deliverable: m.deliverable, amount: Number(m.amount), dueOn: m.dueOn })), brokerId: terms.broker?.userId,
  relatedParties: terms.relatedParties,
});

const cents = (n: number | undefined) => Math.round((n ?? 0) * 100);

/**
 * The fields of contract terms inside a form: amounts that hold together are checked here as on the server. An award
 * fixes the contract amount (its funding) and, for a horse race, the milestones' amounts (its stages).
 */
export function TermsFields({ types = contractTypes, amountFixed = false, stagesFixed = false }: { types?: ContractType[]; amountFixed?: boolean; stagesFixed?: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const reference = useReference();
  const brokers = useQuery({ queryKey: ['brokers'], queryFn: () => unwrap(api.GET('/api/brokers')), staleTime: 60_000 });
  const form = Form.useFormInstance<TermsValues>();
  const milestones = Form.useWatch('milestones', form) ?? [];
  const required = { required: true, message: t('validation.required') };
  const sum = milestones.reduce((total, m) => total + cents(m?.amount), 0) / 100;
  return (
    <>
      <Form.Item name="title" label={t('terms.title')} rules={[required, { min: 4, max: 100, message: t('validation.length', { min: 4, max: 100 }) }]}><Input /></Form.Item>
      <Space wrap align="start">
        <Form.Item name="type" label={t('terms.type')} rules={[required]}>
          <Select<ContractType> style={{ width: 160 }} options={types.map((type) => ({ value: type, label: t(`contractType.${type}`) }))} />
        </Form.Item>
        <Form.Item name="field" label={t('common.field')} rules={[required]}>
          <TreeSelect treeData={reference.fieldTree} showSearch treeNodeFilterProp="title" style={{ width: 240 }} />
        </Form.Item>
      </Space>
      <Space wrap align="start">
        <Form.Item name="contractAmount" label={t('contracts.contractAmount')} rules={[required]}>
          <InputNumber min={0.01} precision={2} style={{ width: 200 }} disabled={amountFixed} />
        </Form.Item>
        <Form.Item name="technologyAmount" label={t('contracts.technologyAmount')} dependencies={['contractAmount']}
          rules={[required, ({ getFieldValue }) => ({
            validator: (_, value?: number) => (cents(value) <= cents(getFieldValue('contractAmount')) ? Promise.resolve() : Promise.reject(new Error(t('terms.technologyAbove')))),
          })]}>
          <InputNumber min={0.01} precision={2} style={{ width: 200 }} />
        </Form.Item>
      </Space>
      <Form.List name="milestones" rules={[{
        validator: async (_, list?: TermsValues['milestones']) => {
          if (!list?.length) throw new Error(t('validation.atLeastOne'));
          if (list.reduce((total, m) => total + cents(m?.amount), 0) !== cents(form.getFieldValue('contractAmount'))) throw new Error(t('terms.sumMismatch'));
        },
      }]}>
        {(fields, { add, remove }, { errors }) => (
          <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
            <legend style={{ fontSize: 14 }}>{t('terms.milestones')}（{t('terms.sum', { sum: format.money(sum) })}）</legend>
            {fields.map((field, i) => (
              <Space key={field.key} wrap align="start">
                <Form.Item name={[field.name, 'deliverable']} label={`${t('contracts.deliverable')} ${i + 1}`} rules={[required]}><Input style={{ width: 260 }} /></Form.Item>
                <Form.Item name={[field.name, 'amount']} label={`${t('contracts.amount')} ${i + 1}`} rules={[required]}>
                  <InputNumber min={0.01} precision={2} style={{ width: 160 }} disabled={stagesFixed} />
                </Form.Item>
                <Form.Item name={[field.name, 'dueOn']} label={`${t('contracts.dueOn')} ${i + 1}`} rules={[required]}><Input type="date" /></Form.Item>
                {fields.length > 1 && !stagesFixed && <Button style={{ marginTop: 30 }} onClick={() => remove(field.name)}>{t('terms.remove')}</Button>}
              </Space>
            ))}
            <Form.ErrorList errors={errors} />
            {!stagesFixed && <Button onClick={() => add()} style={{ marginBottom: 16 }}>{t('terms.addMilestone')}</Button>}
          </fieldset>
        )}
      </Form.List>
      <Form.Item name="brokerId" label={t('terms.broker')}>
        <Select allowClear options={(brokers.data ?? []).map((b) => ({ value: b.userId, label: b.name }))} style={{ width: 260 }} />
      </Form.Item>
      <Form.Item name="relatedParties" valuePropName="checked"><Checkbox>{t('terms.related')}</Checkbox></Form.Item>
    </>
  );
}
