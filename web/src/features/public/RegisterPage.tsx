import { useState } from 'react';
import { Button, Card, Form, Input, Result, Select } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '@/shared/api/client';
import type { OrganisationKind } from '@/shared/api/types';
import { useReference } from '@/shared/reference/useReference';
import { PageHeader } from '@/shared/ui/bits';
import { useCommand } from '@/shared/ui/useCommand';
import { checkCreditCode, normaliseCreditCode } from './creditCode';

interface Registration {
  name: string;
  kind: OrganisationKind;
  district: string;
  creditCode: string;
  contactName: string;
  email: string;
  password: string;
}

/** Organisation registration, with the credit code's check character verified as it is typed. */
export function RegisterPage() {
  const { t } = useTranslation();
  const reference = useReference();
  const [form] = Form.useForm<Registration>();
  const [done, setDone] = useState<string | null>(null);
  const code = Form.useWatch('creditCode', form) ?? '';
  const check = checkCreditCode(code);
  const register = useCommand({
    run: (values: Registration) =>
      unwrap(api.POST('/api/organisations/registrations', { body: { ...values, creditCode: normaliseCreditCode(values.creditCode) } })),
    invalidates: [],
    form,
    onSuccess: () => setDone(form.getFieldValue('name')),
  });

  if (done) {
    return <Result status="success" title={t('register.done')} subTitle={t('register.doneText', { name: done })} extra={<Link to="/">{t('common.goHome')}</Link>} />;
  }

  const help = {
    empty: undefined,
    ok: t('register.creditCodeOk'),
    bad: t('register.creditCodeBad'),
    chars: t('register.creditCodeChars'),
    short: check.state === 'short' ? t('register.creditCodeShort', { count: check.missing }) : undefined,
  }[check.state];
  const status = check.state === 'ok' ? 'success' : check.state === 'bad' || check.state === 'chars' ? 'error' : undefined;
  const required = { required: true, message: t('validation.required') };

  return (
    <>
      <PageHeader title={t('register.title')} intro={t('register.intro')} />
      <Card style={{ maxWidth: 640 }}>
        <Form form={form} layout="vertical" onFinish={(values) => register.mutate(values)} initialValues={{ kind: 'University' }}>
          <Form.Item name="name" label={t('register.name')} rules={[required, { min: 2, max: 100, message: t('validation.length', { min: 2, max: 100 }) }]}>
            <Input autoComplete="organization" />
          </Form.Item>
          <Form.Item name="kind" label={t('register.kind')} rules={[required]}>
            <Select options={(['Enterprise', 'University', 'Institute', 'Hospital'] as const).map((k) => ({ value: k, label: t(`organisationKind.${k}`) }))} />
          </Form.Item>
          <Form.Item name="district" label={t('common.district')} rules={[required]}>
            <Select options={reference.districtOptions} />
          </Form.Item>
          <Form.Item name="creditCode" label={t('register.creditCode')} hasFeedback={status !== undefined} validateStatus={status} help={help}
            rules={[required, { validator: (_, value: string) => (checkCreditCode(value ?? '').state === 'ok' ? Promise.resolve() : Promise.reject(new Error(t('register.creditCodeBad')))) }]}>
            <Input maxLength={18} style={{ textTransform: 'uppercase' }} autoComplete="off" />
          </Form.Item>
          <Form.Item name="contactName" label={t('register.contactName')} rules={[required]}>
            <Input autoComplete="name" />
          </Form.Item>
          <Form.Item name="email" label={t('register.email')} rules={[required, { type: 'email', message: t('validation.email') }]}>
            <Input type="email" autoComplete="email" />
          </Form.Item>
          <Form.Item name="password" label={t('register.password')}
            rules={[required, { pattern: /^(?=.*[a-z])(?=.*[A-Z])(?=.*\d).{8,}$/, message: t('validation.password') }]}>
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={register.isPending}>
            {t('register.submit')}
          </Button>
        </Form>
      </Card>
    </>
  );
}
