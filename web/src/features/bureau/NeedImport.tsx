import { useState } from 'react';
import { Alert, Button, Space, Table, Typography, Upload } from 'antd';
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { bearerHeader, downloadFile } from '@/shared/api/download';
import { ApiProblem, isProblem, type RowError } from '@/shared/api/problem';
import type { NeedImportReceipt } from '@/shared/api/types';
import { ProblemAlert } from '@/shared/ui/ProblemAlert';
import { translateFieldMessage } from '@/shared/ui/describeProblem';
import { roundKeys } from './RoundsPage';

type Outcome =
  | { kind: 'imported'; count: number }
  | { kind: 'rows'; errors: RowError[] }
  | { kind: 'file'; text: string }
  | { kind: 'problem'; error: unknown };

/** Sends the sheet as the form field `file` to POST /api/rounds/{id}/needs/import. */
async function importSheet(roundId: string, file: File): Promise<NeedImportReceipt> {
  const form = new FormData();
  form.append('file', file, file.name);
  const response = await fetch(`/api/rounds/${encodeURIComponent(roundId)}/needs/import`, { method: 'POST', body: form, headers: await bearerHeader() })
    .catch(() => {
      throw new ApiProblem(0, null);
    });
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) throw new ApiProblem(response.status, body);
  return body as NeedImportReceipt;
}

/** 导入需求: the bureau uploads a sheet of needs collected offline into its open round — all rows or none — and sees
 * every bad cell of a refused sheet by row and column. */
export function NeedImport({ roundId }: { roundId: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [pending, setPending] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const upload = async (file: File) => {
    setPending(true);
    setOutcome(null);
    try {
      const receipt = await importSheet(roundId, file);
      setOutcome({ kind: 'imported', count: receipt.imported });
      await Promise.all([roundKeys.report(roundId), ['needs']].map((queryKey) => queryClient.invalidateQueries({ queryKey })));
    } catch (error) {
      if (isProblem(error) && error.rowErrors.length > 0) setOutcome({ kind: 'rows', errors: error.rowErrors });
      else if (isProblem(error) && error.status === 415) setOutcome({ kind: 'file', text: t('rounds.import.wrongType') });
      else if (isProblem(error) && error.status === 413) setOutcome({ kind: 'file', text: t('rounds.import.tooLarge') });
      else if (isProblem(error) && error.fieldErrors.file) setOutcome({ kind: 'file', text: error.fieldErrors.file.map((m) => translateFieldMessage(m, t)).join(' ') });
      else setOutcome({ kind: 'problem', error });
    } finally {
      setPending(false);
    }
  };

  if (!open) return <Button onClick={() => setOpen(true)}>{t('rounds.import.button')}</Button>;
  return (
    <section aria-label={t('rounds.import.title')}>
      <h3 style={{ fontSize: 15 }}>{t('rounds.import.title')}</h3>
      <Typography.Paragraph className="tm-muted">{t('rounds.import.help')}</Typography.Paragraph>
      <Space wrap>
        <Button icon={<DownloadOutlined />} onClick={() => downloadFile(`/api/rounds/${encodeURIComponent(roundId)}/needs/import-template`, '需求导入模板.xlsx').catch((error: unknown) => setOutcome({ kind: 'problem', error }))}>
          {t('rounds.import.template')}
        </Button>
        <Upload accept=".xlsx,.csv" maxCount={1} showUploadList={false} disabled={pending}
          beforeUpload={(file) => {
            void upload(file);
            return false;
          }}>
          <Button type="primary" icon={<UploadOutlined />} loading={pending}>{t('rounds.import.choose')}</Button>
        </Upload>
      </Space>
      <div aria-live="polite" style={{ marginTop: 12 }}>
        {outcome?.kind === 'imported' && <Alert type="success" showIcon title={t('rounds.import.imported', { count: outcome.count })} />}
        {outcome?.kind === 'file' && <Alert type="error" showIcon role="alert" title={outcome.text} />}
        {outcome?.kind === 'problem' && <ProblemAlert error={outcome.error} />}
        {outcome?.kind === 'rows' && (
          <Space direction="vertical" style={{ width: '100%' }}>
            <Alert type="error" showIcon role="alert" title={t('rounds.import.refused', { count: outcome.errors.length })} />
            <Table<RowError> size="small" pagination={false}
              rowKey={(e) => `${e.row}:${e.column}`} dataSource={outcome.errors}
              columns={[
                { title: t('rounds.import.row'), dataIndex: 'row', width: 80 },
                { title: t('rounds.import.column'), dataIndex: 'column', width: 220 },
                { title: t('rounds.import.message'), dataIndex: 'message', render: (m: string) => translateFieldMessage(m, t) },
              ]} />
          </Space>
        )}
      </div>
    </section>
  );
}
