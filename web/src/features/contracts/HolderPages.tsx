import { Card, Descriptions, List, Table, Tag } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { BrokerLedger, VoucherUse, VoucherView } from '@/shared/api/types';
import { useFormat } from '@/shared/format/useFormat';
import { PageHeader } from '@/shared/ui/bits';
import { QueryState } from '@/shared/ui/QueryState';
import { useServerPaging } from '@/shared/ui/serverPaging';
import { useLedger, useMyVouchers } from './queries';

type Entry = BrokerLedger['entries'][number];

/** 我的创新券: balance, expiry, what each voucher pays for, and where it was used. */
export function VouchersPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const vouchers = useMyVouchers();
  return (
    <>
      <PageHeader title={t('contracts.vouchers')} intro={t('contracts.vouchersIntro')} />
      <QueryState query={vouchers} isEmpty={(d) => d.length === 0} empty={t('contracts.noVouchers')}>
        {(rows) => (
          <List<VoucherView> grid={{ gutter: 16, xs: 1, md: 2 }} dataSource={rows}
            renderItem={(v) => (
              <List.Item>
                <Card title={`${t('contracts.balance')} ${format.money(v.balance)} / ${format.money(v.amount)}`}>
                  <Descriptions column={1} size="small">
                    <Descriptions.Item label={t('contracts.expiresOn')}>{format.date(v.expiresOn)}</Descriptions.Item>
                    <Descriptions.Item label={t('contracts.uses')}>{(v.uses as VoucherUse[]).map((u) => <Tag key={u}>{t(`voucherUse.${u}`)}</Tag>)}</Descriptions.Item>
                    <Descriptions.Item label={t('contracts.redemptions')}>
                      {v.redemptions.length === 0 ? '—' : v.redemptions.map((r) => <div key={r.paymentId}>{r.contractTitle} · {format.money(r.amount)}</div>)}
                    </Descriptions.Item>
                  </Descriptions>
                  <p className="tm-muted" style={{ marginBottom: 0 }}>{t('contracts.maxShare', { share: v.maxSharePercent })}</p>
                </Card>
              </List.Item>
            )} />
        )}
      </QueryState>
    </>
  );
}

/** 奖励台账: the broker's accruals and reversals a page at a time from the server (newest first), and the whole
 * ledger's total — the server's sum, not the page's. */
export function LedgerPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const paging = useServerPaging();
  const ledger = useLedger(paging.request);
  return (
    <>
      <PageHeader title={t('contracts.ledger')} intro={t('contracts.ledgerIntro')} />
      <QueryState query={ledger} isEmpty={(d) => Number(d.count) === 0} empty={t('contracts.noLedger')}>
        {(l) => (
          <>
            <p><strong>{t('contracts.ledgerTotal')}：{format.money(l.total)}</strong> · {t('contracts.ledgerLines', { count: Number(l.count) })}</p>
            <Table<Entry> rowKey="id" dataSource={l.entries} pagination={paging.pagination(l.count)} scroll={{ x: true }}
              columns={[
                { title: t('contracts.ledgerOn'), dataIndex: 'on', render: (d) => format.date(d) },
                { title: t('contracts.registrationNumber'), dataIndex: 'registrationNumber' },
                { title: t('common.title'), dataIndex: 'contractTitle', render: (title, e) => <Link to={`/contracts/${e.contractId}`}>{title}</Link> },
                { title: t('common.status'), dataIndex: 'kind', render: (k) => (k === 'Accrual' ? t('contracts.accrual') : t('contracts.reversal')) },
                { title: t('contracts.technologyAmount'), dataIndex: 'technologyAmount', render: (a) => format.money(a), align: 'right', responsive: ['lg'] },
                { title: t('contracts.rate'), dataIndex: 'ratePercent', render: (r) => `${r}%`, responsive: ['lg'] },
                { title: t('contracts.reward'), dataIndex: 'reward', render: (a) => format.money(a), align: 'right' },
              ]} />
          </>
        )}
      </QueryState>
    </>
  );
}
