import { Button, Form, Input, Space, Table, Tag } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '@/shared/api/client';
import type { TrialStatus, TrialView } from '@/shared/api/types';
import { useAuth } from '@/shared/auth/AuthProvider';
import { useFormat } from '@/shared/format/useFormat';
import { PageHeader } from '@/shared/ui/bits';
import { QueryState } from '@/shared/ui/QueryState';
import { useServerPaging } from '@/shared/ui/serverPaging';
import { useCommand } from '@/shared/ui/useCommand';
import { FormModal } from '@/features/contracts/FormModal';
import { marketKeys, useMyTrials } from './queries';

const trialColours: Record<TrialStatus, string> = { Active: 'processing', Declined: 'default', Converted: 'success' };

/** 先用后转: trials the organisation takes or grants; the enterprise may decline before the end date. */
export function TrialsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const auth = useAuth();
  const paging = useServerPaging();
  const trials = useMyTrials(paging.request);
  const decline = useCommand({
    run: ({ id, reason }: { id: string; reason: string }) => unwrap(api.POST('/api/trials/{id}/decline', { params: { path: { id } }, body: { reason } })),
    invalidates: [marketKeys.trials],
  });
  return (
    <>
      <PageHeader title={t('trials.mine')} intro={t('trials.mineIntro')} />
      <QueryState query={trials} isEmpty={(d) => d.items.length === 0} empty={t('trials.none')}>
        {(data) => (
          <Table<TrialView> rowKey="id" dataSource={data.items} pagination={paging.pagination(data.total)} scroll={{ x: true }}
            columns={[
              { title: t('deals.achievement'), dataIndex: 'achievementTitle', render: (title, x) => <Link to={`/achievements/${x.achievementId}`}>{title}</Link> },
              {
                title: t('terms.counterparty'), key: 'side',
                render: (_, x) => (x.buyer.organisationId === auth.organisationId ? `${t('trials.asBuyer')} · ${x.seller.name}` : `${t('trials.asSeller')} · ${x.buyer.name}`),
              },
              { title: t('trials.period'), key: 'period', render: (_, x) => `${format.date(x.startsOn)} – ${format.date(x.endsOn)}` },
              {
                title: t('trials.conversion'), key: 'conversion', responsive: ['md'],
                render: (_, x) => `${t(`achievements.modes.${x.terms.conversionMode}`)} · ${format.money(x.terms.conversionPrice)}`,
              },
              {
                title: t('common.status'), dataIndex: 'status',
                render: (s: TrialStatus, x) => (
                  <Space direction="vertical" size={0}>
                    <Tag color={trialColours[s]}>{t(`trials.status.${s}`)}</Tag>
                    {x.declineReason && <span className="tm-muted">{t('trials.declined', { reason: x.declineReason })}</span>}
                  </Space>
                ),
              },
              {
                title: t('common.actions'), key: 'actions',
                render: (_, x) => (
                  <Space wrap>
                    {x.contractId && <Link to={`/contracts/${x.contractId}`}><Button size="small" type="primary">{t('trials.contract')}</Button></Link>}
                    {x.status === 'Active' && x.buyer.organisationId === auth.organisationId && (
                      <FormModal<{ reason: string }> label={t('trials.decline')} title={t('trials.declineTitle')} danger
                        onSubmit={(v) => decline.mutateAsync({ id: x.id, reason: v.reason })}>
                        {() => <Form.Item name="reason" label={t('common.reason')} rules={[{ required: true, message: t('validation.required') }]}><Input.TextArea rows={2} /></Form.Item>}
                      </FormModal>
                    )}
                  </Space>
                ),
              },
            ]} />
        )}
      </QueryState>
    </>
  );
}
