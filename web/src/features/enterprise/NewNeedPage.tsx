import { Form } from 'antd';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '@/shared/api/client';
import { PageHeader } from '@/shared/ui/bits';
import { useCommand } from '@/shared/ui/useCommand';
import { NeedForm, toContent, type NeedFormValues } from './NeedForm';
import { enterpriseKeys, useNeedsBase } from './queries';

export function NewNeedPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const base = useNeedsBase();
  const [form] = Form.useForm<NeedFormValues>();
  const draft = useCommand({
    run: (values: NeedFormValues) => unwrap(api.POST('/api/needs', { body: toContent(values) })),
    invalidates: [enterpriseKeys.mine],
    form,
    success: t('common.saved'),
    onSuccess: (created) => navigate(`${base}/needs/${created.id}`),
  });
  return (
    <>
      <PageHeader title={t('enterprise.newNeed')} />
      <NeedForm form={form} onSubmit={(v) => draft.mutate(v)} pending={draft.isPending} submitLabel={t('enterprise.saveDraft')} />
    </>
  );
}
