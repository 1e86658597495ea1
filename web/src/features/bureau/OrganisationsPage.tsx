import { App, Button, Input, Space, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '@/shared/api/client';
import type { Organisation } from '@/shared/api/types';
import { useFormat } from '@/shared/format/useFormat';
import { useReference } from '@/shared/reference/useReference';
import { PageHeader } from '@/shared/ui/bits';
import { QueryState } from '@/shared/ui/QueryState';
import { useCommand } from '@/shared/ui/useCommand';
import { ExpertApprovalsCard } from './ExpertApprovals';
import { bureauKeys, usePendingOrganisations } from './queries';

/** 机构审核: registrations of the bureau's districts, approved or rejected with a reason. */
export function OrganisationsPage() {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const format = useFormat();
  const reference = useReference();
  const pending = usePendingOrganisations();
  const approve = useCommand({
    run: (id: string) => unwrap(api.POST('/api/organisations/{id}/approve', { params: { path: { id } } })),
    invalidates: [bureauKeys.pending],
  });
  const reject = useCommand({
    run: ({ id, reason }: { id: string; reason: string }) => unwrap(api.POST('/api/organisations/{id}/reject', { params: { path: { id } }, body: { reason } })),
    invalidates: [bureauKeys.pending],
  });
  const askReject = (organisation: Organisation) => {
    let reason = '';
    modal.confirm({
      title: t('bureau.rejectTitle'),
      content: <Input.TextArea aria-label={t('bureau.rejectReason')} placeholder={t('bureau.rejectReason')} onChange={(e) => (reason = e.target.value)} />,
      okText: t('bureau.reject'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: () => reject.mutateAsync({ id: organisation.id, reason }),
    });
  };
  return (
    <>
      <PageHeader title={t('nav.organisations')} intro={t('bureau.organisationsIntro')} />
      <QueryState query={pending} isEmpty={(d) => d.length === 0} empty={t('bureau.emptyOrganisations')}>
        {(rows) => (
          <Table<Organisation> rowKey="id" dataSource={rows} pagination={false} scroll={{ x: true }}
            columns={[
              { title: t('register.name'), dataIndex: 'name' },
              { title: t('register.kind'), dataIndex: 'kind', render: (k) => t(`organisationKind.${k as 'Enterprise'}`) },
              { title: t('common.district'), dataIndex: 'district', render: (d) => reference.districtName(d), responsive: ['md'] },
              { title: t('register.creditCode'), dataIndex: 'creditCode', render: (c) => <span className="tm-hash">{c}</span>, responsive: ['lg'] },
              { title: t('bureau.registeredAt'), dataIndex: 'registeredAt', render: (d) => format.dateTime(d), responsive: ['lg'] },
              {
                title: t('common.actions'), key: 'actions',
                render: (_, o) => (
                  <Space wrap>
                    <Button size="small" type="primary" onClick={() => approve.mutate(o.id)}>{t('bureau.approve')}</Button>
                    <Button size="small" danger onClick={() => askReject(o)}>{t('bureau.reject')}</Button>
                  </Space>
                ),
              },
            ]} />
        )}
      </QueryState>
      <ExpertApprovalsCard />
    </>
  );
}
