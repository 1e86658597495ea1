import { useState } from 'react';
import { Form, InputNumber, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '@/shared/api/client';
import type { ContractView } from '@/shared/api/types';
import { useFormat } from '@/shared/format/useFormat';
import { useCommand } from '@/shared/ui/useCommand';
import { FormModal } from './FormModal';
import { contractKeys, useMyVouchers, usePaymentMethods } from './queries';
import { StripeCheckout } from './StripeCheckout';

type Milestone = ContractView['milestones'][number];

/** 在线支付: a Stripe PaymentIntent in CNY; Stripe.js takes the payment where a publishable key is configured, and the
 * webhook confirms it. Without Stripe keys the server has online payment off, and the screen says so. */
export function OnlinePayment({ contract, milestone, uncovered }: { contract: ContractView; milestone: Milestone; uncovered: number }) {
  const { t } = useTranslation();
  const methods = usePaymentMethods();
  const [checkout, setCheckout] = useState<string | null>(null);
  const keys = [contractKeys.contract(contract.id), contractKeys.mine];
  const start = useCommand({
    run: (body: { amount: number }) =>
      unwrap(api.POST('/api/contracts/{id}/milestones/{number}/payments/online', { params: { path: { id: contract.id, number: milestone.number } }, body })),
    invalidates: keys,
    success: (started) => t('pay.onlineStarted', { intent: started.paymentIntentId }),
    onSuccess: (started) => setCheckout(started.clientSecret),
  });
  if (!methods.data) return null;
  if (!methods.data.online) return <span className="tm-muted">{t('pay.onlineOff')}</span>;
  const publishableKey = methods.data.stripePublishableKey;
  return (
    <>
      <FormModal<{ amount: number }> label={t('pay.online')} title={t('pay.onlineTitle', { number: milestone.number })} initialValues={{ amount: uncovered }}
        onSubmit={(v) => start.mutateAsync(v)}>
        {() => (
          <Form.Item name="amount" label={t('contracts.amount')} rules={[{ required: true, message: t('validation.required') }]}>
            <InputNumber min={0.01} max={uncovered} precision={2} style={{ width: '100%' }} />
          </Form.Item>
        )}
      </FormModal>
      <Modal open={checkout !== null && publishableKey != null} title={t('pay.onlineTitle', { number: milestone.number })} footer={null} destroyOnHidden
        onCancel={() => setCheckout(null)}>
        {checkout && publishableKey && <StripeCheckout publishableKey={publishableKey} clientSecret={checkout} onDone={() => setCheckout(null)} />}
      </Modal>
    </>
  );
}

/** 创新券抵扣: the buyer covers up to the voucher's share of the milestone with one of its vouchers. */
export function VoucherPayment({ contract, milestone, uncovered }: { contract: ContractView; milestone: Milestone; uncovered: number }) {
  const { t } = useTranslation();
  const format = useFormat();
  const vouchers = useMyVouchers();
  const pay = useCommand({
    run: (body: { voucherId: string; amount: number }) =>
      unwrap(api.POST('/api/contracts/{id}/milestones/{number}/payments/voucher', { params: { path: { id: contract.id, number: milestone.number } }, body })),
    invalidates: [contractKeys.contract(contract.id), contractKeys.vouchers],
  });
  const today = new Date().toISOString().slice(0, 10);
  const usable = (vouchers.data ?? []).filter((v) => Number(v.balance) > 0 && v.expiresOn >= today);
  if (usable.length === 0) return null;
  const cap = (voucherId?: string) => {
    const voucher = usable.find((v) => v.id === voucherId) ?? usable[0];
    const share = Math.floor(Number(milestone.amount) * Number(voucher.maxSharePercent)) / 100;
    return Math.min(share, Number(voucher.balance), uncovered);
  };
  return (
    <FormModal<{ voucherId: string; amount: number }> label={t('pay.voucher')} title={t('pay.voucherTitle', { number: milestone.number })}
      initialValues={{ voucherId: usable[0].id, amount: cap(usable[0].id) }} onSubmit={(v) => pay.mutateAsync(v)}>
      {(form) => (
        <>
          <Form.Item name="voucherId" label={t('pay.voucherPick')} rules={[{ required: true, message: t('validation.required') }]}>
            <Select options={usable.map((v) => ({ value: v.id, label: t('pay.voucherOption', { balance: format.money(v.balance), date: format.date(v.expiresOn) }) }))}
              onChange={(id: string) => form.setFieldValue('amount', cap(id))} />
          </Form.Item>
          <Form.Item name="amount" label={t('contracts.amount')} rules={[{ required: true, message: t('validation.required') }]}>
            <InputNumber min={0.01} precision={2} style={{ width: '100%' }} />
          </Form.Item>
        </>
      )}
    </FormModal>
  );
}
