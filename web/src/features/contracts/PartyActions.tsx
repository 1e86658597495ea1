import { App, Button, DatePicker, Form, Input, InputNumber, Space, Upload } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { api, ifMatch, unwrap } from '@/shared/api/client';
import type { ContractView } from '@/shared/api/types';
import { useFormat } from '@/shared/format/useFormat';
import { useCommand } from '@/shared/ui/useCommand';
import { FormModal } from './FormModal';
import { OnlinePayment, VoucherPayment } from './PaymentActions';
import { contractKeys, uploadContractFile } from './queries';

type Milestone = ContractView['milestones'][number];
type Side = 'Buyer' | 'Seller' | null;
interface FileField { fileList?: { originFileObj?: File }[] }

const fileOf = (field: FileField | undefined) => field?.fileList?.[0]?.originFileObj;

function FileInput({ name, label }: { name: string; label: string }) {
  const { t } = useTranslation();
  return (
    <Form.Item name={name} label={label} rules={[{ required: true, message: t('validation.required') }]}>
      <Upload beforeUpload={() => false} maxCount={1} accept=".pdf,.png,.jpg,.jpeg,.docx,.xlsx,.zip">
        <Button>{label}</Button>
      </Upload>
    </Form.Item>
  );
}

/** 签署: a party that has not signed yet signs for its organisation. */
export function SignAction({ contract, organisation }: { contract: ContractView; organisation: string | null }) {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const sign = useCommand({
    run: () => unwrap(api.POST('/api/contracts/{id}/sign', { params: { path: { id: contract.id } }, headers: ifMatch(contract.version) })),
    invalidates: [contractKeys.contract(contract.id), contractKeys.mine],
  });
  const maySign = contract.status === 'Draft' && contract.parties.some((p) => p.organisationId === organisation)
    && !contract.signatures.some((s) => s.organisationId === organisation);
  if (!maySign) return null;
  return (
    <Button type="primary" loading={sign.isPending}
      onClick={() => modal.confirm({ title: t('contracts.sign'), content: t('contracts.signConfirm'), okText: t('contracts.sign'), cancelText: t('common.cancel'), onOk: () => sign.mutateAsync() })}>
      {t('contracts.sign')}
    </Button>
  );
}

/** What a party may do with one milestone now: the seller delivers; the buyer accepts, rejects and pays. */
export function MilestoneActions({ contract, milestone, side, enterprise }: { contract: ContractView; milestone: Milestone; side: Side; enterprise: boolean }) {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const format = useFormat();
  const keys = [contractKeys.contract(contract.id), contractKeys.mine];
  const path = { params: { path: { id: contract.id, number: milestone.number } }, headers: ifMatch(contract.version) };
  const deliver = useCommand({
    run: async (values: { note: string; file: FileField }) => {
      const evidence = await uploadContractFile(contract.id, fileOf(values.file)!);
      return unwrap(api.POST('/api/contracts/{id}/milestones/{number}/deliver', { ...path, body: { note: values.note, fileIds: [evidence.fileId] } }));
    },
    invalidates: keys,
  });
  const accept = useCommand({ run: () => unwrap(api.POST('/api/contracts/{id}/milestones/{number}/accept', path)), invalidates: keys });
  const reject = useCommand({
    run: (values: { reason: string }) => unwrap(api.POST('/api/contracts/{id}/milestones/{number}/reject', { ...path, body: values })),
    invalidates: keys,
  });
  const pay = useCommand({
    run: async (values: { amount: number; bankReference: string; paidOn: Dayjs; receipt: FileField }) => {
      const receipt = await uploadContractFile(contract.id, fileOf(values.receipt)!);
      return unwrap(api.POST('/api/contracts/{id}/milestones/{number}/payments/transfer', {
        ...path,
        body: { amount: values.amount, bankReference: values.bankReference, receiptFileId: receipt.fileId, paidOn: values.paidOn.format('YYYY-MM-DD') },
      }));
    },
    invalidates: keys,
  });
  if (contract.status !== 'Registered') return null;
  const uncovered = Number(milestone.amount) - Number(milestone.confirmed) - Number(milestone.held);
  return (
    <Space wrap>
      {side === 'Seller' && milestone.status === 'Open' && (
        <FormModal<{ note: string; file: FileField }> label={t('contracts.deliver')} title={t('contracts.deliverTitle', { number: milestone.number })} primary
          onSubmit={(v) => deliver.mutateAsync(v)}>
          {() => (
            <>
              <Form.Item name="note" label={t('contracts.deliveryNote')} rules={[{ required: true, message: t('validation.required') }]}><Input.TextArea rows={3} /></Form.Item>
              <FileInput name="file" label={t('contracts.evidence')} />
            </>
          )}
        </FormModal>
      )}
      {side === 'Buyer' && milestone.status === 'Delivered' && (
        <>
          <Button size="small" type="primary"
            onClick={() => modal.confirm({ title: t('contracts.accept'), content: t('contracts.acceptConfirm', { number: milestone.number }), okText: t('contracts.accept'),
              cancelText: t('common.cancel'), onOk: () => accept.mutateAsync() })}>
            {t('contracts.accept')}
          </Button>
          <FormModal<{ reason: string }> label={t('contracts.reject')} title={t('contracts.rejectTitle', { number: milestone.number })} danger onSubmit={(v) => reject.mutateAsync(v)}>
            {() => <Form.Item name="reason" label={t('common.reason')} rules={[{ required: true, message: t('validation.required') }]}><Input.TextArea rows={3} /></Form.Item>}
          </FormModal>
        </>
      )}
      {side === 'Buyer' && milestone.status === 'Accepted' && uncovered > 0 && <OnlinePayment contract={contract} milestone={milestone} uncovered={uncovered} />}
      {side === 'Buyer' && enterprise && milestone.status === 'Accepted' && uncovered > 0 && <VoucherPayment contract={contract} milestone={milestone} uncovered={uncovered} />}
      {side === 'Buyer' && milestone.status === 'Accepted' && uncovered > 0 && (
        <FormModal<{ amount: number; bankReference: string; paidOn: Dayjs; receipt: FileField }> label={t('contracts.payTransfer')}
          title={t('contracts.payTitle', { number: milestone.number })} primary onSubmit={(v) => pay.mutateAsync(v)}>
          {() => (
            <>
              <p className="tm-muted">{t('contracts.uncovered', { amount: format.money(uncovered) })}</p>
              <Form.Item name="amount" label={t('contracts.amount')} initialValue={uncovered} rules={[{ required: true, message: t('validation.required') }]}>
                <InputNumber min={0.01} max={uncovered} precision={2} style={{ width: '100%' }} />
              </Form.Item>
              <Form.Item name="bankReference" label={t('contracts.bankReference')} rules={[{ required: true, message: t('validation.required') }]}><Input /></Form.Item>
              <Form.Item name="paidOn" label={t('contracts.paidOn')} rules={[{ required: true, message: t('validation.required') }]}><DatePicker style={{ width: '100%' }} /></Form.Item>
              <FileInput name="receipt" label={t('contracts.receipt')} />
            </>
          )}
        </FormModal>
      )}
    </Space>
  );
}
