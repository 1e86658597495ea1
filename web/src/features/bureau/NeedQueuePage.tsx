import { useState } from 'react';
import { Button, Form, Input, InputNumber, Modal, Segmented, Space, Table, TreeSelect } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api, ifMatch, unwrap } from '@/shared/api/client';
import type { NeedStatus, NeedView } from '@/shared/api/types';
import { useFormat } from '@/shared/format/useFormat';
import { useReference } from '@/shared/reference/useReference';
import { NeedStatusTag, PageHeader } from '@/shared/ui/bits';
import { QueryState } from '@/shared/ui/QueryState';
import { useServerPaging } from '@/shared/ui/serverPaging';
import { useCommand } from '@/shared/ui/useCommand';
import { bureauKeys, useQueue } from './queries';

type Decision = { need: NeedView; kind: 'accept' | 'reject' } | null;

/** 凝练: what the bureau may rewrite when it accepts a need. */
interface Refinement {
  refinedTitle?: string;
  refinedField?: string;
  refinedDescription?: string;
  refinedIndicators?: string;
  refinedBudgetMin?: number;
  refinedBudgetMax?: number;
}

function DecideNeed({ decision, onClose }: { decision: NonNullable<Decision>; onClose: () => void }) {
  const { t } = useTranslation();
  const reference = useReference();
  const [form] = Form.useForm();
  const { need, kind } = decision;
  const options = { params: { path: { id: need.id } }, headers: ifMatch(need.version) };
  const command = useCommand({
    run: (values: Refinement & { reason?: string }) =>
      kind === 'accept'
        ? unwrap(api.POST('/api/needs/{id}/accept', {
          ...options,
          body: {
            refinedTitle: values.refinedTitle || null, refinedField: values.refinedField || null,
            // Sent as the form holds them: the server records only the parts that differ from the enterprise's.
            refinedDescription: values.refinedDescription || null, refinedIndicators: values.refinedIndicators ?? null,
            refinedBudgetMin: values.refinedBudgetMin ?? null, refinedBudgetMax: values.refinedBudgetMax ?? null,
          },
        }))
        : unwrap(api.POST('/api/needs/{id}/reject', { ...options, body: { reason: values.reason ?? '' } })),
    invalidates: [bureauKeys.queue],
    form,
    onSuccess: onClose,
  });
  return (
    <Modal open title={kind === 'accept' ? t('bureau.acceptTitle') : t('bureau.rejectNeedTitle')} onCancel={onClose}
      okText={kind === 'accept' ? t('bureau.acceptNeed') : t('bureau.rejectNeed')} cancelText={t('common.cancel')}
      okButtonProps={{ danger: kind === 'reject', loading: command.isPending }} onOk={() => form.submit()} destroyOnHidden>
      <p><strong>{need.title}</strong> · {need.organisationName}</p>
      <Form form={form} layout="vertical" onFinish={(v) => command.mutate(v)}
        initialValues={kind === 'accept' ? {
          refinedDescription: need.description, refinedIndicators: need.indicators ?? '', refinedBudgetMin: Number(need.budgetMin), refinedBudgetMax: Number(need.budgetMax),
        } : undefined}>
        {kind === 'accept' ? (
          <>
            <Form.Item name="refinedTitle" label={t('bureau.refinedTitle')} rules={[{ min: 4, max: 100, message: t('validation.length', { min: 4, max: 100 }) }]}>
              <Input placeholder={need.title} />
            </Form.Item>
            <Form.Item name="refinedField" label={t('bureau.refinedField')}>
              <TreeSelect allowClear treeData={reference.fieldTree} placeholder={reference.fieldName(need.field)} />
            </Form.Item>
            <Form.Item name="refinedDescription" label={t('bureau.refinedDescription')} rules={[{ min: 10, max: 5000, message: t('validation.length', { min: 10, max: 5000 }) }]}>
              <Input.TextArea autoSize={{ minRows: 3 }} />
            </Form.Item>
            <Form.Item name="refinedIndicators" label={t('bureau.refinedIndicators')} rules={[{ max: 5000 }]}>
              <Input.TextArea autoSize={{ minRows: 2 }} />
            </Form.Item>
            <Space wrap align="start">
              <Form.Item name="refinedBudgetMin" label={t('bureau.refinedBudgetMin')}><InputNumber min={0} precision={2} style={{ width: 180 }} /></Form.Item>
              <Form.Item name="refinedBudgetMax" label={t('bureau.refinedBudgetMax')}><InputNumber min={0} precision={2} style={{ width: 180 }} /></Form.Item>
            </Space>
          </>
        ) : (
          <Form.Item name="reason" label={t('bureau.rejectNeedReason')} rules={[{ required: true, message: t('validation.required') }, { min: 2, max: 500, message: t('validation.length', { min: 2, max: 500 }) }]}>
            <Input.TextArea autoSize={{ minRows: 3 }} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}

/** 需求受理: the bureau's queue of submitted needs; accepted and rejected ones on the other tabs; any of them found by
 * title, summary or enterprise. */
export function NeedQueuePage() {
  const { t } = useTranslation();
  const format = useFormat();
  const reference = useReference();
  const [status, setStatus] = useState<NeedStatus>('Submitted');
  const [decision, setDecision] = useState<Decision>(null);
  const [search, setSearch] = useState('');
  const paging = useServerPaging();
  const queue = useQueue(status, paging.request, search);
  return (
    <>
      <PageHeader title={t('nav.needQueue')} intro={t('bureau.queueIntro')} />
      <div style={{ overflowX: 'auto', marginBottom: 12 }}>
        <Segmented aria-label={t('bureau.queueStatus')} value={status} onChange={(v) => { setStatus(v as NeedStatus); paging.restart(); }}
          options={(['Submitted', 'Accepted', 'Rejected', 'Withdrawn'] as const).map((s) => ({ value: s, label: t(`needStatus.${s}`) }))} />
      </div>
      <Input.Search allowClear aria-label={t('bureau.needSearch')} placeholder={t('bureau.needSearch')} style={{ width: 'min(360px, 100%)', marginBottom: 12 }}
        onSearch={(text) => { setSearch(text); paging.restart(); }} />
      <QueryState query={queue} isEmpty={(d) => d.items.length === 0} empty={search.trim() ? t('bureau.noNeedFound') : t('bureau.emptyQueue')}>
        {(data) => (
          <Table<NeedView> rowKey="id" dataSource={data.items} pagination={paging.pagination(data.total)} scroll={{ x: true }}
            expandable={{ expandedRowRender: (n) => <div className="tm-pre">{n.description}</div> }}
            columns={[
              { title: t('enterprise.title'), dataIndex: 'title', render: (title, n) => <Link to={`/needs/${n.id}`}>{title}</Link> },
              { title: t('common.organisation'), dataIndex: 'organisationName', responsive: ['md'] },
              { title: t('common.field'), dataIndex: 'field', render: (f) => reference.fieldName(f), responsive: ['lg'] },
              { title: t('common.budget'), key: 'budget', render: (_, n) => format.moneyRange(n.budgetMin, n.budgetMax), responsive: ['md'] },
              { title: t('common.status'), dataIndex: 'status', render: (s) => <NeedStatusTag status={s} />, responsive: ['lg'] },
              {
                title: t('common.actions'), key: 'actions',
                render: (_, n) => n.status === 'Submitted' && (
                  <Space wrap>
                    <Button size="small" type="primary" onClick={() => setDecision({ need: n, kind: 'accept' })}>{t('bureau.acceptNeed')}</Button>
                    <Button size="small" danger onClick={() => setDecision({ need: n, kind: 'reject' })}>{t('bureau.rejectNeed')}</Button>
                  </Space>
                ),
              },
            ]} />
        )}
      </QueryState>
      {decision && <DecideNeed decision={decision} onClose={() => setDecision(null)} />}
    </>
  );
}
