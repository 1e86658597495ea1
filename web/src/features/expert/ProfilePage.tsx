import { useEffect } from 'react';
import { Alert, Button, Card, Form, Input, TreeSelect } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '@/shared/api/client';
import { isProblem } from '@/shared/api/problem';
import { useReference } from '@/shared/reference/useReference';
import { PageHeader } from '@/shared/ui/bits';
import { OrganisationPicker } from '@/shared/ui/OrganisationPicker';
import { ProblemAlert } from '@/shared/ui/ProblemAlert';
import { useCommand } from '@/shared/ui/useCommand';
import { expertKeys } from './queries';

interface Values {
  fields: string[];
  declaredConflicts: string[];
  title?: string;
}

/** 评审专家库: the expert's fields and declared conflicts of interest. */
export function ProfilePage() {
  const { t } = useTranslation();
  const reference = useReference();
  const [form] = Form.useForm<Values>();
  const profile = useQuery({ queryKey: expertKeys.profile, queryFn: () => unwrap(api.GET('/api/experts/me')), retry: false });
  const save = useCommand({
    run: (v: Values) => unwrap(api.PUT('/api/experts/me', { body: { fields: v.fields, declaredConflicts: v.declaredConflicts, title: v.title || null } })),
    invalidates: [expertKeys.profile],
    form,
    success: t('expert.submittedForApproval'),
  });
  useEffect(() => {
    if (profile.data) {
      const shown = profile.data.proposed ?? profile.data;
      form.setFieldsValue({ fields: shown.fields, declaredConflicts: shown.declaredConflicts, title: shown.title ?? undefined });
    }
  }, [profile.data, form]);
  const missing = profile.isError && isProblem(profile.error) && profile.error.status === 404;
  return (
    <>
      <PageHeader title={t('nav.expertProfile')} intro={t('expert.profileIntro')} />
      {missing && <Alert type="info" showIcon title={t('expert.noProfile')} style={{ marginBottom: 16 }} />}
      {profile.data?.standing === 'Pending' && <Alert type="warning" showIcon title={t('expert.pendingApproval')} style={{ marginBottom: 16 }} />}
      {profile.data?.proposed && <Alert type="info" showIcon title={t('expert.editPending')} style={{ marginBottom: 16 }} />}
      {profile.isError && !missing && <ProblemAlert error={profile.error} onRetry={() => void profile.refetch()} />}
      {/* The form appears once the profile is known, so nothing typed is overwritten when the profile arrives. */}
      {(profile.data || missing) && <Card style={{ maxWidth: 720 }}>
        <Form form={form} layout="vertical" initialValues={{ fields: [], declaredConflicts: [] }} onFinish={(v) => save.mutate(v)}>
          <Form.Item name="title" label={t('expert.title')} rules={[{ max: 100 }]}>
            <Input />
          </Form.Item>
          <Form.Item name="fields" label={t('expert.fields')}>
            <TreeSelect multiple treeData={reference.fieldTree} treeNodeFilterProp="title" />
          </Form.Item>
          <Form.Item name="declaredConflicts" label={t('expert.conflicts')} extra={t('expert.conflictsHint')}>
            <OrganisationPicker multiple />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={save.isPending}>{t('common.save')}</Button>
        </Form>
      </Card>}
    </>
  );
}
