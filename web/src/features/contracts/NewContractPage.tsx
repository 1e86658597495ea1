import { Button, Form, Radio } from 'antd';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '@/shared/api/client';
import type { PartySide } from '@/shared/api/types';
import { useAuth } from '@/shared/auth/AuthProvider';
import { PageHeader } from '@/shared/ui/bits';
import { OrganisationPicker } from '@/shared/ui/OrganisationPicker';
import { useCommand } from '@/shared/ui/useCommand';
import { contractKeys } from './queries';
import { TermsFields, toTermsRequest, type TermsValues } from './TermsForm';

interface Values extends TermsValues {
  side: PartySide;
  counterpartyId: string;
}

/** 起草技术合同: directly with another organisation, found by name in the directory. */
export function NewContractPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const auth = useAuth();
  const [form] = Form.useForm<Values>();
  const draft = useCommand({
    run: (v: Values) => unwrap(api.POST('/api/contracts', { body: { side: v.side, counterpartyId: v.counterpartyId, terms: toTermsRequest(v) } })),
    invalidates: [contractKeys.mine],
    form,
    onSuccess: (created) => void navigate(`/contracts/${created.id}`),
  });
  const required = { required: true, message: t('validation.required') };
  return (
    <>
      <PageHeader title={t('terms.newContract')} intro={t('terms.newContractIntro')} />
      <Form form={form} layout="vertical" style={{ maxWidth: 880 }} onFinish={(v) => draft.mutate(v)}
        initialValues={{ side: auth.is('Enterprise') ? 'Buyer' : 'Seller', type: 'Development', milestones: [{ deliverable: '', amount: undefined, dueOn: '' }] }}>
        <Form.Item name="side" label={t('terms.side')} rules={[required]}>
          <Radio.Group options={(['Buyer', 'Seller'] as PartySide[]).map((s) => ({ value: s, label: t(`terms.sides.${s}`) }))} />
        </Form.Item>
        <Form.Item name="counterpartyId" label={t('terms.counterparty')} rules={[required]}>
          <OrganisationPicker exclude={auth.organisationId} style={{ maxWidth: 420 }} />
        </Form.Item>
        <TermsFields />
        <Button type="primary" htmlType="submit" loading={draft.isPending}>{t('terms.newContract')}</Button>
      </Form>
    </>
  );
}
