import { Alert, App, Button, Card, Descriptions, Form, Input, List, Space } from 'antd';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api, ifMatch, unwrap } from '@/shared/api/client';
import type { ContractTerms, ContractType, DealView } from '@/shared/api/types';
import { useAuth } from '@/shared/auth/AuthProvider';
import { useFormat } from '@/shared/format/useFormat';
import { PageHeader, Prose } from '@/shared/ui/bits';
import { QueryState } from '@/shared/ui/QueryState';
import { useCommand } from '@/shared/ui/useCommand';
import { FormModal } from '@/features/contracts/FormModal';
import { fromTerms, TermsFields, toTermsRequest, type TermsValues } from '@/features/contracts/TermsForm';
import { DealStatusTag } from './DealsPage';
import { marketKeys, useDeal } from './queries';

type Proposal = DealView['proposals'][number];

/** Proposed terms, as both sides compare them. */
export function TermsSummary({ terms }: { terms: ContractTerms }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Descriptions column={{ xs: 1, md: 2 }} size="small">
      <Descriptions.Item label={t('terms.title')}>{terms.title}</Descriptions.Item>
      <Descriptions.Item label={t('terms.type')}>{t(`contractType.${terms.type}`)}</Descriptions.Item>
      <Descriptions.Item label={t('contracts.contractAmount')}>{format.money(terms.contractAmount)}</Descriptions.Item>
      <Descriptions.Item label={t('contracts.technologyAmount')}>{format.money(terms.technologyAmount)}</Descriptions.Item>
      <Descriptions.Item label={t('terms.milestones')} span={2}>
        {terms.milestones.map((m, i) => <div key={i}>{i + 1}. {m.deliverable} · {format.money(m.amount)} · {format.date(m.dueOn)}</div>)}
      </Descriptions.Item>
    </Descriptions>
  );
}

/** 成果洽谈: proposals from either side; the other side agrees to the latest, and the contract is drafted on it. */
export function DealPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const auth = useAuth();
  const deal = useDeal(id);
  const keys = [marketKeys.deal(id), marketKeys.deals];
  const headers = ifMatch(deal.data?.version);
  const propose = useCommand({
    run: (v: TermsValues) => unwrap(api.POST('/api/deals/{id}/proposals', { params: { path: { id } }, headers, body: toTermsRequest(v) })),
    invalidates: keys,
  });
  const agree = useCommand({
    run: (proposal: number) => unwrap(api.POST('/api/deals/{id}/agree', { params: { path: { id } }, headers, body: { proposal } })),
    invalidates: [...keys, ['contracts']],
  });
  const close = useCommand({
    run: (body: { reason: string }) => unwrap(api.POST('/api/deals/{id}/close', { params: { path: { id } }, headers, body })),
    invalidates: keys,
  });
  return (
    <QueryState query={deal}>
      {(d) => {
        const latest = d.proposals.at(-1);
        const types: ContractType[] = ['Transfer', 'Licence', 'Development'];
        return (
          <>
            <PageHeader title={d.achievementTitle} intro={<DealStatusTag status={d.status} />}
              extra={
                <Space wrap>
                  <Link to={`/achievements/${d.achievementId}`}><Button>{t('achievements.details')}</Button></Link>
                  {d.contractId && <Link to={`/contracts/${d.contractId}`}><Button type="primary">{t('deals.contract')}</Button></Link>}
                  {d.status === 'Open' && (
                    <>
                      <FormModal<TermsValues> label={t('deals.propose')} title={t('deals.propose')} primary wide onSubmit={(v) => propose.mutateAsync(v)}
                        initialValues={latest ? fromTerms(latest.terms) : { title: d.achievementTitle, type: 'Licence', milestones: [{ deliverable: '', amount: 0, dueOn: '' }] }}>
                        {() => <TermsFields types={types} />}
                      </FormModal>
                      <FormModal<{ reason: string }> label={t('deals.close')} title={t('deals.closeTitle')} danger onSubmit={(v) => close.mutateAsync(v)}>
                        {() => <Form.Item name="reason" label={t('common.reason')} rules={[{ required: true, message: t('validation.required') }]}><Input.TextArea rows={2} /></Form.Item>}
                      </FormModal>
                    </>
                  )}
                </Space>
              } />
            {d.status === 'Closed' && <Alert type="warning" showIcon title={t('deals.closed', { reason: d.closingReason })} style={{ marginBottom: 16 }} />}
            {d.status === 'Agreed' && <Alert type="success" showIcon title={t('deals.agreed')} style={{ marginBottom: 16 }} />}
            <Card style={{ marginBottom: 16 }}>
              <Descriptions column={{ xs: 1, md: 2 }} size="small">
                <Descriptions.Item label={t('contracts.seller')}>{d.seller.name}</Descriptions.Item>
                <Descriptions.Item label={t('contracts.buyer')}>{d.buyer.name}</Descriptions.Item>
              </Descriptions>
              <p className="tm-muted" style={{ marginBottom: 4 }}>{t('deals.message')}</p>
              <Prose>{d.message}</Prose>
            </Card>
            <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('deals.proposals')}</h2>}>
              {d.proposals.length === 0 && <p className="tm-muted">{t('deals.noProposals')}</p>}
              <List<Proposal> dataSource={[...d.proposals].reverse()} locale={{ emptyText: ' ' }}
                renderItem={(p) => {
                  const ours = p.proposedBy === auth.organisationId;
                  return (
                    <List.Item>
                      <div style={{ width: '100%' }}>
                        <h3 style={{ fontSize: 15 }}>{t('deals.proposal', { number: p.number, side: ours ? t('deals.us') : t('deals.them') })}</h3>
                        <TermsSummary terms={p.terms} />
                        {d.status === 'Open' && p.number === latest?.number && !ours && (
                          <Button type="primary" loading={agree.isPending}
                            onClick={() => modal.confirm({ title: t('deals.agree'), content: t('deals.agreeConfirm'), okText: t('deals.agree'), cancelText: t('common.cancel'),
                              onOk: () => agree.mutateAsync(p.number) })}>
                            {t('deals.agree')}
                          </Button>
                        )}
                      </div>
                    </List.Item>
                  );
                }} />
            </Card>
          </>
        );
      }}
    </QueryState>
  );
}
