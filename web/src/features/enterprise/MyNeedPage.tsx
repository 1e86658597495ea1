import { useState } from 'react';
import { Alert, App, Button, Card, Descriptions, Form, Input, Select, Space, Steps, Table } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api, ifMatch, unwrap } from '@/shared/api/client';
import type { NeedView } from '@/shared/api/types';
import { useFormat } from '@/shared/format/useFormat';
import { useReference } from '@/shared/reference/useReference';
import { NeedStatusTag, PageHeader, Prose } from '@/shared/ui/bits';
import { QueryState } from '@/shared/ui/QueryState';
import { ReasonModal } from '@/shared/ui/ReasonModal';
import { useCommand } from '@/shared/ui/useCommand';
import { NeedForm, toContent, type NeedFormValues } from './NeedForm';
import { enterpriseKeys, useMyNeed } from './queries';

function Actions({ need, onEdit }: { need: NeedView; onEdit: () => void }) {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const keys = [enterpriseKeys.need(need.id), enterpriseKeys.mine];
  const path = { params: { path: { id: need.id } }, headers: ifMatch(need.version) };
  // 需求征集: into an open round that collects the need's district, or outside one where the bureau allows it.
  const rounds = useQuery({ queryKey: ['rounds', 'open', need.district], queryFn: () => unwrap(api.GET('/api/rounds', { params: { query: { district: need.district } } })) });
  const submit = useCommand({
    run: (round: string | undefined) => unwrap(api.POST('/api/needs/{id}/submit', { ...path, params: { ...path.params, query: { round } } })),
    invalidates: keys,
  });
  const askSubmit = async () => {
    // The rounds open now, read before the dialog shows them (a click may come before the first answer).
    const open = ((rounds.data ?? (await rounds.refetch()).data) ?? []).filter((r) => r.status === 'Open');
    let round: string | undefined = open[0]?.id;
    modal.confirm({
      title: t('enterprise.submitNeed'),
      content: (
        <Space direction="vertical" style={{ width: '100%' }}>
          <span>{t('enterprise.submitConfirm')}</span>
          <label htmlFor="submit-round">{t('rounds.submitInto')}</label>
          <Select id="submit-round" style={{ width: '100%' }} defaultValue={round ?? ''} onChange={(v: string) => (round = v || undefined)}
            options={[...open.map((r) => ({ value: r.id, label: `${r.name}（${t('rounds.closes')} ${r.closes}）` })), { value: '', label: t('rounds.standingOption') }]} />
        </Space>
      ),
      okText: t('common.submit'),
      cancelText: t('common.cancel'),
      onOk: () => submit.mutateAsync(round),
    });
  };
  const withdraw = useCommand({
    run: (reason: string) => unwrap(api.POST('/api/needs/{id}/withdraw', { ...path, body: { reason: reason || null } })),
    invalidates: keys,
  });
  const askWithdraw = () => {
    let reason = '';
    modal.confirm({
      title: t('enterprise.withdrawConfirm'),
      content: <Input.TextArea aria-label={t('enterprise.withdrawReason')} placeholder={t('enterprise.withdrawReason')} onChange={(e) => (reason = e.target.value)} />,
      okText: t('enterprise.withdraw'),
      cancelText: t('common.cancel'),
      onOk: () => withdraw.mutateAsync(reason),
    });
  };
  const [asking, setAsking] = useState(false);
  const ask = useCommand({
    run: (v: { reason: string }) => unwrap(api.POST('/api/needs/{id}/withdrawal-request', { ...path, body: { reason: v.reason } })),
    invalidates: keys,
    success: t('enterprise.withdrawalAsked'),
    onSuccess: () => setAsking(false),
  });
  const editable = need.status === 'Draft' || need.status === 'Rejected';
  return (
    <Space wrap>
      {editable && <Button onClick={onEdit}>{need.status === 'Rejected' ? t('enterprise.reviseNeed') : t('common.edit')}</Button>}
      {need.status === 'Draft' && (
        <Button type="primary" loading={submit.isPending}
          onClick={() => void askSubmit()}>
          {t('enterprise.submitNeed')}
        </Button>
      )}
      {need.status !== 'Withdrawn' && <Button danger onClick={askWithdraw}>{t('enterprise.withdraw')}</Button>}
      {/* A published challenge built on the need holds it: the enterprise asks the bureau, which may cancel the challenge. */}
      {need.status === 'Accepted' && need.challenges.length > 0 && !need.withdrawalRequest && (
        <Button onClick={() => setAsking(true)}>{t('enterprise.askWithdrawal')}</Button>
      )}
      {asking && (
        <ReasonModal<{ reason: string }> title={t('enterprise.askWithdrawal')} label={t('enterprise.askWithdrawalReason')} okText={t('common.submit')}
          pending={ask.isPending} onSubmit={(v) => ask.mutate(v)} onClose={() => setAsking(false)} />
      )}
    </Space>
  );
}

function NeedDetails({ need }: { need: NeedView }) {
  const { t } = useTranslation();
  const format = useFormat();
  const reference = useReference();
  const step = need.status === 'Accepted' ? 2 : need.status === 'Submitted' ? 1 : 0;
  return (
    <>
      {need.status === 'Rejected' && need.rejectionReason && (
        <Alert type="error" showIcon title={t('enterprise.rejected')} description={need.rejectionReason} style={{ marginBottom: 16 }} />
      )}
      {need.withdrawalRequest && (
        <Alert type="warning" showIcon style={{ marginBottom: 16 }}
          title={t('enterprise.withdrawalPending', { date: format.dateTime(need.withdrawalRequest.at) })} description={need.withdrawalRequest.reason} />
      )}
      {need.originalTitle && need.originalTitle !== need.title && (
        <Alert type="info" showIcon title={t('enterprise.refined', { title: need.title, original: need.originalTitle })} style={{ marginBottom: 16 }} />
      )}
      <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('enterprise.timeline')}</h2>} style={{ marginBottom: 16 }}>
        <Steps size="small" current={step} status={need.status === 'Rejected' ? 'error' : undefined}
          items={[
            { title: t('enterprise.created'), description: format.dateTime(need.createdAt) },
            { title: t('enterprise.submitted'), description: need.submittedAt ? format.dateTime(need.submittedAt) : undefined },
            { title: t('enterprise.accepted'), description: need.acceptedAt ? format.dateTime(need.acceptedAt) : undefined },
          ]} />
        <h3 style={{ fontSize: 15, marginTop: 16 }}>{t('enterprise.whereItWent')}</h3>
        {need.challenges.length === 0 ? (
          <p className="tm-muted">{t('enterprise.notYetTaken')}</p>
        ) : (
          <ul>{need.challenges.map((c) => <li key={c.challengeId}><Link to={`/challenges/${c.challengeId}`}>{c.title}</Link> · {format.date(c.at)}</li>)}</ul>
        )}
      </Card>
      <Card>
        <Descriptions column={{ xs: 1, md: 2 }} size="small">
          <Descriptions.Item label={t('common.field')}>{reference.fieldName(need.field)}</Descriptions.Item>
          <Descriptions.Item label={t('common.budget')}>{format.moneyRange(need.budgetMin, need.budgetMax)}</Descriptions.Item>
          <Descriptions.Item label={t('enterprise.desiredDelivery')}>{format.date(need.desiredDelivery)}</Descriptions.Item>
          <Descriptions.Item label={t('common.district')}>{reference.districtName(need.district)}</Descriptions.Item>
          <Descriptions.Item label={t('enterprise.description')} span={2}><Prose>{need.description}</Prose></Descriptions.Item>
          <Descriptions.Item label={t('enterprise.indicators')} span={2}><Prose>{need.indicators ?? '—'}</Prose></Descriptions.Item>
          <Descriptions.Item label={t('enterprise.publicSummary')} span={2}><Prose>{need.publicSummary}</Prose></Descriptions.Item>
          <Descriptions.Item label={t('enterprise.confidentialDetails')} span={2}><Prose>{need.confidentialDetails ?? '—'}</Prose></Descriptions.Item>
        </Descriptions>
      </Card>
      {need.refinements.length > 0 && <Refinements need={need} />}
    </>
  );
}

/** 凝练记录: every part the bureau rewrote when it accepted the need, before and after. */
function Refinements({ need }: { need: NeedView }) {
  const { t } = useTranslation();
  const format = useFormat();
  const reference = useReference();
  const shown = (part: string, value: string | null | undefined) => {
    if (value === null || value === undefined) return '—';
    if (part === 'field') return reference.fieldName(value);
    return part === 'budgetMin' || part === 'budgetMax' ? format.money(value) : value;
  };
  return (
    <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('enterprise.refinements')}</h2>} style={{ marginTop: 16 }}>
      <Table size="small" rowKey={(r) => `${r.part}-${r.at}`} pagination={false} dataSource={need.refinements} scroll={{ x: true }}
        columns={[
          { title: t('enterprise.refinedPart'), dataIndex: 'part', render: (p: string) => (isPart(p) ? t(`needPart.${p}`) : p), width: 120 },
          { title: t('enterprise.before'), key: 'before', render: (_, r) => <Prose>{shown(r.part, r.before)}</Prose> },
          { title: t('enterprise.after'), key: 'after', render: (_, r) => <Prose>{shown(r.part, r.after)}</Prose> },
          { title: t('enterprise.refinedAt'), dataIndex: 'at', render: (d) => format.dateTime(d), responsive: ['md'] },
        ]} />
    </Card>
  );
}

const parts = ['title', 'field', 'description', 'indicators', 'budgetMin', 'budgetMax'] as const;
const isPart = (part: string): part is (typeof parts)[number] => (parts as readonly string[]).includes(part);

function EditNeed({ need, onDone }: { need: NeedView; onDone: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<NeedFormValues>();
  const save = useCommand({
    run: (values: NeedFormValues) =>
      unwrap(api.PUT('/api/needs/{id}', { params: { path: { id: need.id } }, headers: ifMatch(need.version), body: toContent(values) })),
    invalidates: [enterpriseKeys.need(need.id), enterpriseKeys.mine],
    form,
    success: t('common.saved'),
    onSuccess: onDone,
  });
  const initial: NeedFormValues = {
    title: need.title, description: need.description, field: need.field, budgetMin: Number(need.budgetMin), budgetMax: Number(need.budgetMax),
    desiredDelivery: need.desiredDelivery, publicSummary: need.publicSummary, confidentialDetails: need.confidentialDetails,
  };
  return (
    <Card title={need.status === 'Rejected' ? t('enterprise.reviseNeed') : t('enterprise.editNeed')} extra={<Button onClick={onDone}>{t('common.cancel')}</Button>}>
      <NeedForm form={form} initial={initial} onSubmit={(v) => save.mutate(v)} pending={save.isPending} submitLabel={t('common.save')} />
    </Card>
  );
}

/** One of my needs: its content, where it is, where it went, and what I may do with it now. */
export function MyNeedPage() {
  const { id = '' } = useParams();
  const [editing, setEditing] = useState(false);
  const need = useMyNeed(id);
  return (
    <QueryState query={need}>
      {(n) => (
        <>
          <PageHeader title={n.title} intro={<NeedStatusTag status={n.status} />} extra={!editing && <Actions need={n} onEdit={() => setEditing(true)} />} />
          {editing ? <EditNeed key={String(n.version)} need={n} onDone={() => setEditing(false)} /> : <NeedDetails need={n} />}
        </>
      )}
    </QueryState>
  );
}
