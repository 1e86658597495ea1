import type { ReactNode } from 'react';
import { Button, Card, Descriptions, List, Space, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '@/shared/api/client';
import { downloadFile } from '@/shared/api/download';
import { isProblem } from '@/shared/api/problem';
import type { DeliveryView, JudgementView, VerdictView } from '@/shared/api/types';
import { useFormat } from '@/shared/format/useFormat';
import { Prose } from '@/shared/ui/bits';
import { QueryState } from '@/shared/ui/QueryState';

export const judgementKeys = { of: (challengeId: string) => ['challenges', challengeId, 'judgement'] as const };

/** 市场判题: the deliveries and verdicts the reader may read (the bureau and funders: all; a winning team: its own
 * deliveries). The server answers anyone else "not found", which here means "nothing to show". */
export const useJudgement = (challengeId: string, enabled: boolean) =>
  useQuery({
    queryKey: judgementKeys.of(challengeId),
    enabled,
    queryFn: async (): Promise<JudgementView | null> => {
      try {
        return await unwrap(api.GET('/api/challenges/{id}/judgement', { params: { path: { id: challengeId } } }));
      } catch (error) {
        if (isProblem(error) && error.status === 404) return null;
        throw error;
      }
    },
  });


function Verdict({ verdict }: { verdict: VerdictView }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Descriptions size="small" column={1} bordered style={{ marginBottom: 8 }}
      title={<Space wrap>{verdict.enterpriseName}<Tag color={verdict.accepted ? 'success' : 'error'}>{verdict.accepted ? t('judgement.accepted') : t('judgement.rejected')}</Tag></Space>}>
      <Descriptions.Item label={t('judgement.at')}>{format.dateTime(verdict.at)} · {t('judgement.round', { round: verdict.round })}</Descriptions.Item>
      {verdict.reason && <Descriptions.Item label={t('judgement.reason')}><Prose>{verdict.reason}</Prose></Descriptions.Item>}
      {verdict.adopted && <Descriptions.Item label={t('judgement.adopted')}>{t('judgement.team', { label: verdict.adopted })}</Descriptions.Item>}
      {verdict.teams.length > 0 && (
        <Descriptions.Item label={t('judgement.teams')}>
          {verdict.teams.map((team) => (
            <div key={team.label}>
              {t('judgement.team', { label: team.label })} <Tag color={team.accepted ? 'success' : 'error'}>{team.accepted ? t('judgement.accepted') : t('judgement.rejected')}</Tag>
              {team.note}
            </div>
          ))}
        </Descriptions.Item>
      )}
      {verdict.site && (
        <Descriptions.Item label={t('judgement.siteValidation')}>
          {verdict.site.site} · {format.date(verdict.site.date)} · {verdict.site.participants.join('、')}
        </Descriptions.Item>
      )}
    </Descriptions>
  );
}

/** What the winners delivered and how the funders judged it, round by round. */
export function JudgementCard({ challengeId, extra }: { challengeId: string; extra?: ReactNode }) {
  const { t } = useTranslation();
  const format = useFormat();
  const judgement = useJudgement(challengeId, true);
  return (
    <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('judgement.title')}</h2>} style={{ marginTop: 16 }} extra={extra}>
      <QueryState query={judgement} isEmpty={(j) => !j || (j.deliveries.length === 0 && j.verdicts.length === 0)} empty={t('judgement.nothingYet')}>
        {(j) => j && (
          <>
            {j.deliverBy && <Typography.Paragraph>{t('judgement.deliverBy', { date: format.dateTime(j.deliverBy) })}</Typography.Paragraph>}
            {j.resumptions.map((r) => (
              <Typography.Paragraph key={r.at} className="tm-muted">{t('judgement.resumed', { date: format.dateTime(r.at), reason: r.reason })}</Typography.Paragraph>
            ))}
            <List<DeliveryView> header={<strong>{t('judgement.deliveries')}</strong>} dataSource={j.deliveries} locale={{ emptyText: t('judgement.noDelivery') }}
              renderItem={(d) => (
                <List.Item>
                  <div style={{ width: '100%' }}>
                    <Space wrap><Tag>{t('judgement.team', { label: d.label })}</Tag><span>{format.dateTime(d.at)} · {t('judgement.round', { round: d.round })}</span></Space>
                    <Prose>{d.report}</Prose>
                    <Space wrap>
                      {d.files.map((f) => (
                        <Button key={f.number} size="small" onClick={() => void downloadFile(`/api/challenges/${challengeId}/deliveries/${d.id}/files/${f.number}`, f.fileName)}>{f.fileName}</Button>
                      ))}
                    </Space>
                  </div>
                </List.Item>
              )} />
            {j.verdicts.length > 0 && <h3 style={{ fontSize: 14, marginTop: 16 }}>{t('judgement.verdicts')}</h3>}
            {j.verdicts.map((v) => <Verdict key={`${v.enterpriseName}-${v.at}`} verdict={v} />)}
          </>
        )}
      </QueryState>
    </Card>
  );
}
