import { Button, Form, Input, InputNumber, Space, Switch, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { BidView } from '@/shared/api/types';
import { useAuth } from '@/shared/auth/AuthProvider';
import { useFormat } from '@/shared/format/useFormat';
import { OrganisationPicker } from '@/shared/ui/OrganisationPicker';

/** The joint part of the bid form, as the form holds it. */
export interface JointValues {
  joint?: boolean;
  leadRole?: string;
  leadShare?: number;
  members?: { organisationId: string; role: string; share: number }[];
}

/** What the API takes: the lead's role and share and each member's, or nothing for a solo bid. */
export const jointBody = (v: JointValues) =>
  v.joint ? { leadRole: v.leadRole ?? '', leadShare: v.leadShare ?? 0, members: v.members ?? [] } : undefined;

/** A joint bid's current naming, for the form to start from when it is amended. */
export const jointValues = (bid?: BidView): JointValues =>
  bid?.joint
    ? {
        joint: true, leadRole: bid.joint.leadRole, leadShare: Number(bid.joint.leadShare),
        members: bid.joint.members.map((m) => ({ organisationId: m.organisationId, role: m.role, share: Number(m.share) })),
      }
    : { joint: false };

/** 联合答题: the lead's role and share and the members with theirs; the shares add up to the budget (the server checks it too). */
export function JointFields() {
  const { t } = useTranslation();
  const format = useFormat();
  const auth = useAuth();
  const form = Form.useFormInstance<JointValues & { budget?: number }>();
  const joint = Form.useWatch('joint', form);
  const budget = Form.useWatch('budget', form) ?? 0;
  const leadShare = Form.useWatch('leadShare', form) ?? 0;
  const members = Form.useWatch('members', form) ?? [];
  const total = Math.round((Number(leadShare) + members.reduce((sum, m) => sum + Number(m?.share ?? 0), 0)) * 100) / 100;
  const required = { required: true, message: t('validation.required') };
  return (
    <fieldset style={{ border: 0, padding: 0, margin: '0 0 16px' }}>
      <Form.Item name="joint" label={t('joint.enable')} valuePropName="checked" extra={t('joint.intro')}><Switch /></Form.Item>
      {joint && (
        <>
          <Space wrap align="start">
            <Form.Item name="leadRole" label={t('joint.leadRole')} rules={[required, { min: 2, max: 50, message: t('validation.length', { min: 2, max: 50 }) }]}>
              <Input style={{ width: 260 }} />
            </Form.Item>
            <Form.Item name="leadShare" label={t('joint.leadShare')} rules={[required]}><InputNumber min={0.01} precision={2} style={{ width: 200 }} /></Form.Item>
          </Space>
          <Typography.Text strong>{t('joint.members')}</Typography.Text>
          <Form.List name="members" rules={[{ validator: async (_, v?: unknown[]) => (v && v.length > 0 ? undefined : Promise.reject(new Error(t('validation.required')))) }]}>
            {(fields, { add, remove }, { errors }) => (
              <>
                {fields.map((field, i) => (
                  <Space key={field.key} wrap align="start" data-testid={`joint-member-${i}`}>
                    <Form.Item name={[field.name, 'organisationId']} label={t('joint.member')} rules={[required]}><OrganisationPicker exclude={auth.organisationId} style={{ minWidth: 260 }} /></Form.Item>
                    <Form.Item name={[field.name, 'role']} label={t('joint.role')} rules={[required, { min: 2, max: 50, message: t('validation.length', { min: 2, max: 50 }) }]}>
                      <Input style={{ width: 200 }} />
                    </Form.Item>
                    <Form.Item name={[field.name, 'share']} label={t('joint.share')} rules={[required]}><InputNumber min={0.01} precision={2} style={{ width: 180 }} /></Form.Item>
                    <Button style={{ marginTop: 30 }} onClick={() => remove(field.name)}>{t('joint.removeMember')}</Button>
                  </Space>
                ))}
                <Form.ErrorList errors={errors} />
                <div><Button onClick={() => add()} style={{ marginBottom: 8 }}>{t('joint.addMember')}</Button></div>
              </>
            )}
          </Form.List>
          <Typography.Text type={total === Number(budget) ? 'secondary' : 'danger'} role="status">
            {t('joint.sharesTotal', { total: format.money(total), budget: format.money(budget) })}
          </Typography.Text>
        </>
      )}
    </fieldset>
  );
}
