import { Form, Input, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, ifMatch, unwrap } from '@/shared/api/client';
import type { ContractView } from '@/shared/api/types';
import { useCommand } from '@/shared/ui/useCommand';
import { FormModal } from './FormModal';
import { contractKeys } from './queries';
import { fromTerms, TermsFields, toTermsRequest, type TermsValues } from './TermsForm';

/** What a party may do with the contract as a whole: revise a draft's terms, or terminate it with a reason. */
export function DraftActions({ contract, side, lead }: { contract: ContractView; side: 'Buyer' | 'Seller' | null; lead: boolean }) {
  const { t } = useTranslation();
  const path = { params: { path: { id: contract.id } }, headers: ifMatch(contract.version) };
  const keys = [contractKeys.contract(contract.id), contractKeys.mine];
  const revise = useCommand({ run: (v: TermsValues) => unwrap(api.PUT('/api/contracts/{id}', { ...path, body: toTermsRequest(v) })), invalidates: keys });
  const terminate = useCommand({ run: (body: { reason: string }) => unwrap(api.POST('/api/contracts/{id}/terminate', { ...path, body })), invalidates: keys });
  if (side === null) return null;
  return (
    <Space wrap>
      {contract.status === 'Draft' && (
        <FormModal<TermsValues> label={t('terms.revise')} title={t('terms.reviseTitle')} wide initialValues={fromTerms(contract.terms)}
          onSubmit={(v) => revise.mutateAsync(v)}>
          {() => <TermsFields />}
        </FormModal>
      )}
      {lead && ['Draft', 'FullySigned', 'Registered'].includes(contract.status) && (
        <FormModal<{ reason: string }> label={t('terms.terminate')} title={t('terms.terminateTitle')} danger onSubmit={(v) => terminate.mutateAsync(v)}>
          {() => (
            <>
              <p className="tm-muted">{t('terms.terminateHint')}</p>
              <Form.Item name="reason" label={t('common.reason')} rules={[{ required: true, message: t('validation.required') }]}><Input.TextArea rows={3} /></Form.Item>
            </>
          )}
        </FormModal>
      )}
    </Space>
  );
}
