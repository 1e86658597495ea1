import { Table } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ContractListItem } from '@/shared/api/types';
import { useFormat } from '@/shared/format/useFormat';
import { PageHeader } from '@/shared/ui/bits';
import { QueryState } from '@/shared/ui/QueryState';
import { useMyContracts } from './queries';
import { ContractStatusTag } from './tags';

/** 我的技术合同: every contract the organisation buys or sells, whatever its status. */
export function MyContractsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const contracts = useMyContracts();
  return (
    <>
      <PageHeader title={t('contracts.mine')} intro={t('contracts.mineIntro')} />
      <QueryState query={contracts} isEmpty={(d) => d.items.length === 0} empty={t('contracts.none')}>
        {(page) => <ContractTable rows={page.items} format={format} />}
      </QueryState>
    </>
  );
}

export function ContractTable({ rows, format }: { rows: ContractListItem[]; format: ReturnType<typeof useFormat> }) {
  const { t } = useTranslation();
  return (
    <Table<ContractListItem> rowKey="id" dataSource={rows} pagination={false} scroll={{ x: true }}
      columns={[
        { title: t('common.title'), dataIndex: 'title', render: (title, c) => <Link to={`/contracts/${c.id}`}>{title}</Link> },
        { title: t('contracts.registrationType'), dataIndex: 'type', render: (type) => t(`contractType.${type as 'Development'}`), responsive: ['md'] },
        { title: t('common.status'), dataIndex: 'status', render: (status) => <ContractStatusTag status={status} /> },
        { title: t('contracts.contractAmount'), dataIndex: 'contractAmount', render: (amount) => format.money(amount), align: 'right' },
        { title: t('contracts.buyer'), dataIndex: 'buyerName', responsive: ['lg'] },
        { title: t('contracts.seller'), dataIndex: 'sellerName', responsive: ['lg'] },
        { title: t('contracts.registrationNumber'), dataIndex: 'registrationNumber', render: (n) => n ?? '—', responsive: ['md'] },
      ]} />
  );
}
