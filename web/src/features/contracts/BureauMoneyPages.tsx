import { useState } from 'react';
import { Button, Card, Checkbox, Form, Input, InputNumber, Space, Statistic, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '@/shared/api/client';
import type { RedemptionReport, VoucherUse, VoucherView } from '@/shared/api/types';
import { useFormat } from '@/shared/format/useFormat';
import { PageHeader } from '@/shared/ui/bits';
import { OrganisationPicker } from '@/shared/ui/OrganisationPicker';
import { QueryState } from '@/shared/ui/QueryState';
import { useServerPaging } from '@/shared/ui/serverPaging';
import { useCommand } from '@/shared/ui/useCommand';
import { FormModal } from './FormModal';
import { downloadFile } from '@/shared/api/download';
import { contractKeys, useIssuedVouchers, useRedemptions } from './queries';

type Redemption = RedemptionReport['items'][number];
const uses: VoucherUse[] = ['Consulting', 'TechnicalService', 'TestingAndInstruments'];

interface IssueValues { enterpriseId: string; amount: number; expiresOn: string; uses: VoucherUse[]; maxSharePercent: number; providerIds?: string[] }

/** What a voucher pays for; testing and instrument services only from the providers listed. */
function UsesAndProviders() {
  const { t } = useTranslation();
  const chosen: VoucherUse[] = Form.useWatch('uses', Form.useFormInstance()) ?? [];
  const required = { required: true, message: t('validation.required') };
  return (
    <>
      <Form.Item name="uses" label={t('bureauMoney.uses')}
        rules={[{ validator: (_, v?: unknown[]) => (v?.length ? Promise.resolve() : Promise.reject(new Error(t('validation.atLeastOne')))) }]}>
        <Checkbox.Group options={uses.map((u) => ({ value: u, label: t(`voucherUse.${u}`) }))} />
      </Form.Item>
      {chosen.includes('TestingAndInstruments') && (
        <Form.Item name="providerIds" label={t('bureauMoney.providers')} rules={[required]}><OrganisationPicker multiple /></Form.Item>
      )}
    </>
  );
}

/** 发放创新券: to an approved enterprise of the officer's jurisdiction. */
function IssueVoucher() {
  const { t } = useTranslation();
  const issue = useCommand({
    run: (body: IssueValues) => unwrap(api.POST('/api/vouchers', { body: { ...body, providerIds: body.providerIds ?? null } })),
    invalidates: [contractKeys.issued],
  });
  const required = { required: true, message: t('validation.required') };
  return (
    <FormModal<IssueValues> label={t('bureauMoney.issue')} title={t('bureauMoney.issue')} primary wide onSubmit={(v) => issue.mutateAsync(v)}
      initialValues={{ maxSharePercent: 50, uses: ['TechnicalService'] }}>
      {() => (
        <>
          <Form.Item name="enterpriseId" label={t('bureauMoney.holder')} rules={[required]}><OrganisationPicker kind="Enterprise" /></Form.Item>
          <Space wrap align="start">
            <Form.Item name="amount" label={t('bureauMoney.amount')} rules={[required]}><InputNumber min={0.01} precision={2} style={{ width: 180 }} /></Form.Item>
            <Form.Item name="expiresOn" label={t('bureauMoney.expiresOn')} rules={[required]}><Input type="date" /></Form.Item>
            <Form.Item name="maxSharePercent" label={t('bureauMoney.maxShare')} rules={[required]}><InputNumber min={1} max={100} precision={2} /></Form.Item>
          </Space>
          <UsesAndProviders />
        </>
      )}
    </FormModal>
  );
}

/** 创新券管理: vouchers issued in the jurisdiction, and the redemptions of a period to reimburse. */
export function VoucherAdminPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const paging = useServerPaging();
  const issued = useIssuedVouchers(paging.request);
  const [period, setPeriod] = useState<{ from?: string; to?: string }>({});
  const report = useRedemptions(period.from, period.to);
  return (
    <>
      <PageHeader title={t('bureauMoney.vouchers')} intro={t('bureauMoney.vouchersIntro')} extra={<IssueVoucher />} />
      <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('bureauMoney.issued')}</h2>} style={{ marginBottom: 16 }}>
        <QueryState query={issued} isEmpty={(d) => d.items.length === 0} empty={t('bureauMoney.noVouchers')}>
          {(page) => (
            <Table<VoucherView> rowKey="id" dataSource={page.items} pagination={paging.pagination(page.total)} scroll={{ x: true }} size="small"
              columns={[
                { title: t('bureauMoney.holder'), dataIndex: 'holderName' },
                { title: t('contracts.balance'), key: 'balance', align: 'right', render: (_, v) => `${format.money(v.balance)} / ${format.money(v.amount)}` },
                { title: t('bureauMoney.expiresOn'), dataIndex: 'expiresOn', render: (d) => format.date(d) },
                { title: t('bureauMoney.uses'), dataIndex: 'uses', render: (u: VoucherUse[]) => u.map((x) => <Tag key={x}>{t(`voucherUse.${x}`)}</Tag>), responsive: ['md'] },
              ]} />
          )}
        </QueryState>
      </Card>
      <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('bureauMoney.redemptions')}</h2>}>
        <Space wrap style={{ marginBottom: 12 }}>
          <span>{t('bureauMoney.period')}</span>
          <Input type="date" aria-label={`${t('bureauMoney.period')} 1`} onChange={(e) => setPeriod((p) => ({ ...p, from: e.target.value || undefined }))} />
          <Input type="date" aria-label={`${t('bureauMoney.period')} 2`} onChange={(e) => setPeriod((p) => ({ ...p, to: e.target.value || undefined }))} />
        </Space>
        <QueryState query={report}>
          {(r) => (
            <>
              <Space size="large" wrap style={{ marginBottom: 12 }}>
                <Statistic title={t('bureauMoney.used', { amount: format.money(r.totalAmount), wan: format.number(r.totalAmountInWan, 4) })} value={format.money(r.totalAmount)} />
                <Statistic title={t('bureauMoney.served', { count: r.enterprisesServed })} value={r.enterprisesServed} />
              </Space>
              <Table<Redemption> rowKey="id" dataSource={r.items} pagination={false} scroll={{ x: true }} size="small" locale={{ emptyText: t('bureauMoney.noRedemptions') }}
                columns={[
                  { title: t('bureauMoney.holder'), dataIndex: 'holderName' },
                  { title: t('common.title'), dataIndex: 'contractTitle', responsive: ['md'] },
                  { title: t('contracts.seller'), dataIndex: 'sellerName', responsive: ['lg'] },
                  { title: t('contracts.amount'), dataIndex: 'amount', render: (a) => format.money(a), align: 'right' },
                  { title: t('contracts.paidOn'), dataIndex: 'redeemedOn', render: (d) => format.date(d) },
                ]} />
            </>
          )}
        </QueryState>
      </Card>
    </>
  );
}

/** 经纪人奖励申领: the claim statement of a period, as Excel or CSV. */
export function ClaimsPage() {
  const { t } = useTranslation();
  const [period, setPeriod] = useState<{ from?: string; to?: string }>({});
  const query = (format: 'Xlsx' | 'Csv') =>
    `/api/brokers/claims?format=${format}${period.from ? `&from=${period.from}` : ''}${period.to ? `&to=${period.to}` : ''}`;
  return (
    <>
      <PageHeader title={t('bureauMoney.claims')} intro={t('bureauMoney.claimsIntro')} />
      <Card>
        <Space wrap>
          <span>{t('bureauMoney.period')}</span>
          <Input type="date" aria-label={`${t('bureauMoney.period')} 1`} onChange={(e) => setPeriod((p) => ({ ...p, from: e.target.value || undefined }))} />
          <Input type="date" aria-label={`${t('bureauMoney.period')} 2`} onChange={(e) => setPeriod((p) => ({ ...p, to: e.target.value || undefined }))} />
          <Button type="primary" onClick={() => void downloadFile(query('Xlsx'), '技术经纪人奖励申领.xlsx')}>{t('bureauMoney.exportXlsx')}</Button>
          <Button onClick={() => void downloadFile(query('Csv'), '技术经纪人奖励申领.csv')}>{t('bureauMoney.exportCsv')}</Button>
        </Space>
      </Card>
    </>
  );
}
