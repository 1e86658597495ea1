import { Alert, Button, Card, Descriptions, Space, Table, Tag } from 'antd';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ContractView } from '@/shared/api/types';
import { useAuth } from '@/shared/auth/AuthProvider';
import { organisationOf } from '@/shared/auth/oidc';
import { isProblem } from '@/shared/api/problem';
import { useFormat } from '@/shared/format/useFormat';
import { useReference } from '@/shared/reference/useReference';
import { PageHeader } from '@/shared/ui/bits';
import { QueryState } from '@/shared/ui/QueryState';
import { BureauActions } from './BureauActions';
import { ContractSummaryPage } from './ContractSummaryPage';
import { DraftActions } from './DraftActions';
import { FlagTags } from './MyContractsPage';
import { MilestoneActions, SignAction } from './PartyActions';
import { downloadFile } from '@/shared/api/download';
import { useContract } from './queries';
import { ContractStatusTag, MilestoneStatusTag, PaymentStatusTag } from './tags';

type Milestone = ContractView['milestones'][number];
type Payment = ContractView['payments'][number];

function Summary({ contract }: { contract: ContractView }) {
  const { t } = useTranslation();
  const format = useFormat();
  const reference = useReference();
  const registration = contract.registration;
  return (
    <Card style={{ marginBottom: 16 }}>
      <Descriptions column={{ xs: 1, md: 2 }} size="small">
        <Descriptions.Item label={t('contracts.registrationType')}>{t(`contractType.${registration?.type ?? contract.terms.type}`)}</Descriptions.Item>
        <Descriptions.Item label={t('contracts.origin')}>{t(`contracts.origins.${contract.source.origin}`)}</Descriptions.Item>
        <Descriptions.Item label={t('contracts.contractAmount')}>{format.money(registration?.contractAmount ?? contract.terms.contractAmount)}</Descriptions.Item>
        <Descriptions.Item label={t('contracts.technologyAmount')}>{format.money(registration?.technologyAmount ?? contract.terms.technologyAmount)}</Descriptions.Item>
        <Descriptions.Item label={t('common.field')}>{reference.fieldName(contract.terms.field)}</Descriptions.Item>
        <Descriptions.Item label={t('contracts.broker')}>{contract.terms.broker?.name ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('contracts.settled')}>{format.money(contract.settled)}</Descriptions.Item>
        <Descriptions.Item label={t('contracts.technologySettled')}>{format.money(contract.technologySettled)}</Descriptions.Item>
        {registration && <Descriptions.Item label={t('contracts.registrationNumber')}><span className="tm-hash">{registration.number}</span></Descriptions.Item>}
        {registration && <Descriptions.Item label={t('contracts.registeredOn')}>{format.date(registration.registeredOn)}</Descriptions.Item>}
        {registration && <Descriptions.Item label={t('contracts.flags')} span={2}><FlagTags flags={registration.flags} /></Descriptions.Item>}
        {registration && registration.corrections.length > 0 && (
          <Descriptions.Item label={t('registration.corrections')} span={2}>
            {registration.corrections.map((c) => (
              <div key={c.field}>
                {t('registration.correction', { field: t(`registration.fields.${c.field as 'type'}`), declared: c.declared, registered: c.registered, reason: c.reason })}
              </div>
            ))}
          </Descriptions.Item>
        )}
      </Descriptions>
    </Card>
  );
}

function Parties({ contract }: { contract: ContractView }) {
  const { t } = useTranslation();
  const reference = useReference();
  return (
    <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('contracts.parties')}</h2>} style={{ marginBottom: 16 }}>
      <ul style={{ margin: 0 }}>
        {contract.parties.map((p) => (
          <li key={p.organisationId}>
            {t(p.side === 'Buyer' ? 'contracts.buyer' : 'contracts.seller')}：{p.name}（{reference.districtName(p.district)}{p.lead ? '' : `，${t('contracts.share', { share: p.sharePercent })}`}）
            {' '}<Tag color={contract.signatures.some((s) => s.organisationId === p.organisationId) ? 'success' : 'default'}>
              {contract.signatures.some((s) => s.organisationId === p.organisationId) ? t('contracts.signed') : t('contracts.notSigned')}
            </Tag>
          </li>
        ))}
      </ul>
    </Card>
  );
}

/** 技术合同: terms, parties and signatures, registration, milestones and payments, with what the reader may do now. */
export function ContractPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const format = useFormat();
  const auth = useAuth();
  const contract = useContract(id);
  const organisation = organisationOf(auth.user);
  // The buyer's district bureau and the credited broker follow a registered contract without its payments and files.
  if (contract.isError && isProblem(contract.error) && contract.error.status === 404 && (auth.is('Bureau') || auth.is('Broker'))) {
    return <ContractSummaryPage id={id} />;
  }
  return (
    <QueryState query={contract}>
      {(c) => {
        const party = c.parties.find((p) => p.organisationId === organisation);
        const side = party?.side ?? null;
        return (
          <>
            <PageHeader title={c.terms.title} intro={<ContractStatusTag status={c.status} />}
              extra={
                <Space wrap>
                  <SignAction contract={c} organisation={organisation} />
                  <DraftActions contract={c} side={side} lead={party?.lead ?? false} />
                  {c.registration && (
                    <Button onClick={() => void downloadFile(`/api/contracts/${c.id}/certificate`, `技术合同登记证明-${c.registration!.number}.pdf`)}>
                      {t('contracts.certificate')}
                    </Button>
                  )}
                  {auth.is('Bureau') && <BureauActions contract={c} />}
                </Space>
              } />
            {c.refusalReason && c.status === 'Draft' && <Alert type="warning" showIcon title={t('contracts.refused', { reason: c.refusalReason })} style={{ marginBottom: 16 }} />}
            {c.terminationReason && <Alert type="error" showIcon title={t('contracts.terminated', { reason: c.terminationReason })} style={{ marginBottom: 16 }} />}
            <Summary contract={c} />
            <Parties contract={c} />
            <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('contracts.milestones')}</h2>} style={{ marginBottom: 16 }}>
              <Table<Milestone> rowKey="number" dataSource={c.milestones} pagination={false} scroll={{ x: true }}
                columns={[
                  { title: '#', dataIndex: 'number', width: 48 },
                  { title: t('contracts.deliverable'), dataIndex: 'deliverable' },
                  { title: t('contracts.amount'), dataIndex: 'amount', render: (a) => format.money(a), align: 'right' },
                  { title: t('contracts.dueOn'), dataIndex: 'dueOn', render: (d) => format.date(d), responsive: ['md'] },
                  { title: t('common.status'), dataIndex: 'status', render: (s) => <MilestoneStatusTag status={s} /> },
                  { title: t('common.actions'), key: 'actions', render: (_, m) => <MilestoneActions contract={c} milestone={m} side={side} enterprise={auth.is('Enterprise')} /> },
                ]} />
            </Card>
            {c.payments.length > 0 && (
              <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('contracts.payments')}</h2>}>
                <Table<Payment> rowKey="id" dataSource={c.payments} pagination={false} scroll={{ x: true }}
                  columns={[
                    { title: '#', dataIndex: 'milestone', width: 48 },
                    { title: t('contracts.method'), dataIndex: 'method', render: (m) => t(`paymentMethod.${m as 'Online'}`) },
                    { title: t('contracts.amount'), dataIndex: 'amount', render: (a) => format.money(a), align: 'right' },
                    { title: t('common.status'), dataIndex: 'status', render: (s) => <PaymentStatusTag status={s} /> },
                    {
                      title: t('contracts.reference'), key: 'reference', responsive: ['md'],
                      render: (_, p) => <span className="tm-hash">{p.transfer?.reference ?? p.stripePaymentIntentId ?? '—'}</span>,
                    },
                    { title: t('common.reason'), dataIndex: 'reason', render: (r) => r ?? '—', responsive: ['lg'] },
                  ]} />
              </Card>
            )}
          </>
        );
      }}
    </QueryState>
  );
}
