import { App, Button, Checkbox, Form, Input, InputNumber, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, ifMatch, unwrap } from '@/shared/api/client';
import type { ContractView, RegisterContractRequest } from '@/shared/api/types';
import { useFormat } from '@/shared/format/useFormat';
import { useCommand } from '@/shared/ui/useCommand';
import { FormModal } from './FormModal';
import { contractKeys } from './queries';
import { contractTypes } from './TermsForm';

type Payment = ContractView['payments'][number];

/** 驳回回单: the registering bureau rejects a transfer receipt with a reason. */
export function RejectTransfer({ contractId, paymentId, version }: { contractId: string; paymentId: string; version?: number }) {
  const { t } = useTranslation();
  const reject = useCommand({
    run: (body: { reason: string }) =>
      unwrap(api.POST('/api/contracts/{id}/payments/{paymentId}/reject', { params: { path: { id: contractId, paymentId } }, headers: ifMatch(version), body })),
    invalidates: [contractKeys.contract(contractId), contractKeys.transfers],
  });
  return (
    <FormModal<{ reason: string }> label={t('pay.rejectTransfer')} title={t('pay.rejectTransferTitle')} danger onSubmit={(v) => reject.mutateAsync(v)}>
      {() => <Form.Item name="reason" label={t('common.reason')} rules={[{ required: true, message: t('validation.required') }]}><Input.TextArea rows={2} /></Form.Item>}
    </FormModal>
  );
}

/** The registration dialog: number, and the type and both amounts as confirmed, each difference with its reason. */
function RegistrationFields({ contract }: { contract: ContractView }) {
  const { t } = useTranslation();
  const required = { required: true, message: t('validation.required') };
  return (
    <>
      <Form.Item name="registrationNumber" label={t('contracts.registrationNumber')} rules={[required]}><Input /></Form.Item>
      <Space wrap align="start">
        <Form.Item name="type" label={t('contracts.registrationType')}>
          <Select style={{ width: 160 }} options={contractTypes.map((type) => ({ value: type, label: t(`contractType.${type}`) }))} />
        </Form.Item>
        <Form.Item name="typeChangeReason" label={t('registration.typeReason')}><Input style={{ width: 280 }} /></Form.Item>
      </Space>
      <Space wrap align="start">
        <Form.Item name="contractAmount" label={t('registration.contractAmount')}><InputNumber min={0.01} precision={2} style={{ width: 200 }} /></Form.Item>
        <Form.Item name="contractAmountChangeReason" label={t('registration.contractAmountReason')}><Input style={{ width: 280 }} /></Form.Item>
      </Space>
      <Space wrap align="start">
        <Form.Item name="technologyAmount" label={t('contracts.technologyAmount')}><InputNumber min={0.01} precision={2} style={{ width: 200 }} /></Form.Item>
        <Form.Item name="technologyAmountChangeReason" label={t('registration.technologyAmountReason')}><Input style={{ width: 280 }} /></Form.Item>
      </Space>
      <Form.Item name="relatedParties" valuePropName="checked"><Checkbox>{t('registration.related')}</Checkbox></Form.Item>
      {contract.terms.relatedParties === false && (
        <Form.Item name="relatedPartiesReason" label={t('registration.relatedReason')}><Input /></Form.Item>
      )}
    </>
  );
}

const blankToNull = (text?: string | null) => (text?.trim() ? text : null);

/** 认定登记 and 到账确认: what the registering bureau does with a contract (the server decides whether it may). */
export function BureauActions({ contract }: { contract: ContractView }) {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const format = useFormat();
  const keys = [contractKeys.contract(contract.id), contractKeys.transfers, ['contracts', 'registrations']];
  const path = { params: { path: { id: contract.id } }, headers: ifMatch(contract.version) };
  const register = useCommand({
    run: (v: RegisterContractRequest) => unwrap(api.POST('/api/contracts/{id}/register', {
      ...path,
      body: {
        ...v, typeChangeReason: blankToNull(v.typeChangeReason), technologyAmountChangeReason: blankToNull(v.technologyAmountChangeReason),
        contractAmountChangeReason: blankToNull(v.contractAmountChangeReason), relatedPartiesReason: blankToNull(v.relatedPartiesReason),
      },
    })),
    invalidates: keys,
  });
  const refuse = useCommand({ run: (body: { reason: string }) => unwrap(api.POST('/api/contracts/{id}/refuse-registration', { ...path, body })), invalidates: keys });
  const confirm = useCommand({
    run: (paymentId: string) => unwrap(api.POST('/api/contracts/{id}/payments/{paymentId}/confirm', { params: { path: { id: contract.id, paymentId } }, headers: ifMatch(contract.version) })),
    invalidates: keys,
  });
  const open = contract.payments.filter((p: Payment) => p.method === 'BankTransfer' && p.status === 'Open');
  const declared: Partial<RegisterContractRequest> = {
    type: contract.terms.type, contractAmount: Number(contract.terms.contractAmount), technologyAmount: Number(contract.terms.technologyAmount),
    relatedParties: contract.terms.relatedParties,
  };
  return (
    <Space wrap>
      {contract.status === 'FullySigned' && (
        <>
          <FormModal<RegisterContractRequest> label={t('contracts.register')} title={t('contracts.registerTitle')} primary wide initialValues={declared}
            onSubmit={(v) => register.mutateAsync(v)}>
            {() => <RegistrationFields contract={contract} />}
          </FormModal>
          <FormModal<{ reason: string }> label={t('contracts.refuse')} title={t('contracts.refuseTitle')} danger onSubmit={(v) => refuse.mutateAsync(v)}>
            {() => <Form.Item name="reason" label={t('common.reason')} rules={[{ required: true, message: t('validation.required') }]}><Input.TextArea rows={3} /></Form.Item>}
          </FormModal>
        </>
      )}
      {open.map((p) => (
        <Space key={p.id} wrap>
          <Button type="primary"
            onClick={() => modal.confirm({ title: `${t('contracts.confirmPayment')} · ${format.money(p.amount)}`, content: t('contracts.confirmPaymentText'),
              okText: t('contracts.confirmPayment'), cancelText: t('common.cancel'), onOk: () => confirm.mutateAsync(p.id) })}>
            {t('contracts.confirmPayment')} · {format.money(p.amount)}
          </Button>
          <RejectTransfer contractId={contract.id} paymentId={p.id} version={contract.version} />
        </Space>
      ))}
    </Space>
  );
}
