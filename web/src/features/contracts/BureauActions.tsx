import { App, Button, Form, Input, InputNumber, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, ifMatch, unwrap } from '@/shared/api/client';
import type { ContractType, ContractView } from '@/shared/api/types';
import { useFormat } from '@/shared/format/useFormat';
import { useCommand } from '@/shared/ui/useCommand';
import { FormModal } from './FormModal';
import { contractKeys } from './queries';

const types: ContractType[] = ['Development', 'Transfer', 'Licence', 'Consulting', 'Service'];

interface Registration { registrationNumber: string; type: ContractType; technologyAmount: number; typeChangeReason?: string; technologyAmountChangeReason?: string }

/** 认定登记 and 到账确认: what the registering bureau does with a contract (the server decides whether it may). */
export function BureauActions({ contract }: { contract: ContractView }) {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const format = useFormat();
  const keys = [contractKeys.contract(contract.id), contractKeys.transfers, ['contracts', 'registrations']];
  const path = { params: { path: { id: contract.id } }, headers: ifMatch(contract.version) };
  const register = useCommand({ run: (body: Registration) => unwrap(api.POST('/api/contracts/{id}/register', { ...path, body })), invalidates: keys });
  const refuse = useCommand({ run: (body: { reason: string }) => unwrap(api.POST('/api/contracts/{id}/refuse-registration', { ...path, body })), invalidates: keys });
  const confirm = useCommand({
    run: (paymentId: string) => unwrap(api.POST('/api/contracts/{id}/payments/{paymentId}/confirm', { params: { path: { id: contract.id, paymentId } }, headers: ifMatch(contract.version) })),
    invalidates: keys,
  });
  const open = contract.payments.filter((p) => p.method === 'BankTransfer' && p.status === 'Open');
  return (
    <Space wrap>
      {contract.status === 'FullySigned' && (
        <>
          <FormModal<Registration> label={t('contracts.register')} title={t('contracts.registerTitle')} primary onSubmit={(v) => register.mutateAsync(v)}>
            {() => (
              <>
                <Form.Item name="registrationNumber" label={t('contracts.registrationNumber')} rules={[{ required: true, message: t('validation.required') }]}><Input /></Form.Item>
                <Form.Item name="type" label={t('contracts.registrationType')} initialValue={contract.terms.type}>
                  <Select options={types.map((type) => ({ value: type, label: t(`contractType.${type}`) }))} />
                </Form.Item>
                <Form.Item name="technologyAmount" label={t('contracts.technologyAmount')} initialValue={Number(contract.terms.technologyAmount)}>
                  <InputNumber min={0.01} precision={2} style={{ width: '100%' }} />
                </Form.Item>
                <Form.Item name="typeChangeReason" label={t('contracts.changeReason')}><Input /></Form.Item>
              </>
            )}
          </FormModal>
          <FormModal<{ reason: string }> label={t('contracts.refuse')} title={t('contracts.refuseTitle')} danger onSubmit={(v) => refuse.mutateAsync(v)}>
            {() => <Form.Item name="reason" label={t('common.reason')} rules={[{ required: true, message: t('validation.required') }]}><Input.TextArea rows={3} /></Form.Item>}
          </FormModal>
        </>
      )}
      {open.map((p) => (
        <Button key={p.id} type="primary"
          onClick={() => modal.confirm({ title: `${t('contracts.confirmPayment')} · ${format.money(p.amount)}`, content: t('contracts.confirmPaymentText'),
            okText: t('contracts.confirmPayment'), cancelText: t('common.cancel'), onOk: () => confirm.mutateAsync(p.id) })}>
          {t('contracts.confirmPayment')} · {format.money(p.amount)}
        </Button>
      ))}
    </Space>
  );
}
