import { useState } from 'react';
import { App, Button, Segmented, Space, Table } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '@/shared/api/client';
import type { ContractStatus, PendingTransfer } from '@/shared/api/types';
import { useFormat } from '@/shared/format/useFormat';
import { PageHeader } from '@/shared/ui/bits';
import { QueryState } from '@/shared/ui/QueryState';
import { useServerPaging } from '@/shared/ui/serverPaging';
import { useCommand } from '@/shared/ui/useCommand';
import { RejectTransfer } from './BureauActions';
import { ContractTable } from './MyContractsPage';
import { downloadFile } from '@/shared/api/download';
import { contractKeys, useRegistrations, useTransfers } from './queries';

const statuses: ContractStatus[] = ['FullySigned', 'Registered', 'Completed', 'Terminated'];

/** 认定登记: contracts whose seller is in the bureau's jurisdiction, by default those every party has signed. */
export function RegistrationsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const [status, setStatus] = useState<ContractStatus>('FullySigned');
  const paging = useServerPaging();
  const contracts = useRegistrations(status, paging.request);
  return (
    <>
      <PageHeader title={t('contracts.registrations')} intro={t('contracts.registrationsIntro')} />
      <Segmented<ContractStatus> value={status} onChange={(s) => { setStatus(s); paging.restart(); }} style={{ marginBottom: 16 }}
        options={statuses.map((s) => ({ value: s, label: t(`contractStatus.${s}`) }))} />
      <QueryState query={contracts} isEmpty={(d) => d.items.length === 0} empty={t('contracts.none')}>
        {(page) => <ContractTable rows={page.items} format={format} pagination={paging.pagination(page.total)} withFlags />}
      </QueryState>
    </>
  );
}

/** 到账确认: bank transfers the buyers reported, with their receipts, to confirm or reject. */
export function TransfersPage() {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const format = useFormat();
  const transfers = useTransfers();
  const confirm = useCommand({
    run: (p: PendingTransfer) => unwrap(api.POST('/api/contracts/{id}/payments/{paymentId}/confirm', { params: { path: { id: p.contractId, paymentId: p.paymentId } } })),
    invalidates: [contractKeys.transfers],
  });
  return (
    <>
      <PageHeader title={t('contracts.transfers')} intro={t('contracts.transfersIntro')} />
      <QueryState query={transfers} isEmpty={(d) => d.length === 0} empty={t('contracts.noTransfers')}>
        {(rows) => (
          <Table<PendingTransfer> rowKey="paymentId" dataSource={rows} pagination={false} scroll={{ x: true }}
            columns={[
              { title: t('common.title'), dataIndex: 'contractTitle', render: (title, p) => <Link to={`/contracts/${p.contractId}`}>{title}</Link> },
              { title: t('contracts.buyer'), dataIndex: 'buyerName', responsive: ['md'] },
              { title: t('contracts.amount'), dataIndex: 'amount', render: (a) => format.money(a), align: 'right' },
              { title: t('contracts.bankReference'), key: 'reference', render: (_, p) => p.transfer.reference },
              { title: t('contracts.paidOn'), key: 'paidOn', render: (_, p) => format.date(p.transfer.paidOn), responsive: ['lg'] },
              {
                title: t('common.actions'), key: 'actions',
                render: (_, p) => (
                  <Space wrap>
                    <Button size="small" onClick={() => void downloadFile(`/api/contracts/${p.contractId}/files/${p.transfer.receipt.fileId}`, p.transfer.receipt.fileName)}>
                      {t('contracts.receipt')}
                    </Button>
                    <Button size="small" type="primary"
                      onClick={() => modal.confirm({ title: t('contracts.confirmPayment'), content: t('contracts.confirmPaymentText'), okText: t('contracts.confirmPayment'),
                        cancelText: t('common.cancel'), onOk: () => confirm.mutateAsync(p) })}>
                      {t('contracts.confirmPayment')}
                    </Button>
                    <RejectTransfer contractId={p.contractId} paymentId={p.paymentId} />
                  </Space>
                ),
              },
            ]} />
        )}
      </QueryState>
    </>
  );
}
