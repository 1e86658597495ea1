import { Button, Table, Tag, type PaginationProps } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ContractListItem } from '@/shared/api/types';
import { useFormat } from '@/shared/format/useFormat';
import { PageHeader } from '@/shared/ui/bits';
import { QueryState } from '@/shared/ui/QueryState';
import { useServerPaging } from '@/shared/ui/serverPaging';
import { useMyContracts } from './queries';
import { ContractStatusTag } from './tags';

/** 我的技术合同: every contract the organisation buys or sells, whatever its status, a page at a time. */
export function MyContractsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const paging = useServerPaging();
  const contracts = useMyContracts(paging.request);
  return (
    <>
      <PageHeader title={t('contracts.mine')} intro={t('contracts.mineIntro')}
        extra={<Link to="/contracts/new"><Button type="primary">{t('nav.newContract')}</Button></Link>} />
      <QueryState query={contracts} isEmpty={(d) => d.items.length === 0} empty={t('contracts.none')}>
        {(page) => <ContractTable rows={page.items} format={format} pagination={paging.pagination(page.total)} />}
      </QueryState>
    </>
  );
}

/** The flags a registration has or (waiting for registration) would get, in words. */
export function FlagTags({ flags }: { flags: ContractListItem['flags'] }) {
  const { t } = useTranslation();
  const on = flags ? (Object.entries(flags) as [keyof NonNullable<typeof flags>, boolean][]).filter(([, set]) => set).map(([flag]) => flag) : [];
  return on.length === 0 ? <>{t('contracts.noFlags')}</> : <>{on.map((f) => <Tag key={f} color="warning">{t(`flags.${f}`)}</Tag>)}</>;
}

export function ContractTable({ rows, format, pagination, withFlags }: {
  rows: ContractListItem[]; format: ReturnType<typeof useFormat>; pagination: PaginationProps; withFlags?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Table<ContractListItem> rowKey="id" dataSource={rows} pagination={pagination} scroll={{ x: true }}
      columns={[
        { title: t('common.title'), dataIndex: 'title', render: (title, c) => <Link to={`/contracts/${c.id}`}>{title}</Link> },
        { title: t('contracts.registrationType'), dataIndex: 'type', render: (type) => t(`contractType.${type as 'Development'}`), responsive: ['md'] },
        { title: t('common.status'), dataIndex: 'status', render: (status) => <ContractStatusTag status={status} /> },
        { title: t('contracts.contractAmount'), dataIndex: 'contractAmount', render: (amount) => format.money(amount), align: 'right' },
        { title: t('contracts.buyer'), dataIndex: 'buyerName', responsive: ['lg'] },
        { title: t('contracts.seller'), dataIndex: 'sellerName', responsive: ['lg'] },
        { title: t('contracts.registrationNumber'), dataIndex: 'registrationNumber', render: (n) => n ?? '—', responsive: ['md'] },
        ...(withFlags ? [{ title: t('contracts.flags'), key: 'flags', render: (_: unknown, c: ContractListItem) => <FlagTags flags={c.flags} /> }] : []),
      ]} />
  );
}
