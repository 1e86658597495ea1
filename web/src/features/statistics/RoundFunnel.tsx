import { Select, Table, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '@/shared/api/client';
import { useFormat } from '@/shared/format/useFormat';
import { QueryState } from '@/shared/ui/QueryState';
import { funnelOption } from './charts';
import { EChart } from './EChart';
import { ShareBar } from './LightTag';
import { type RoundFunnelStage, type Selection, useRoundFunnel } from './queries';

/** Which collection round the funnel is cut by; none: the needs submitted in the selected period. */
export function RoundPicker({ value, onChange }: { value: string | undefined; onChange: (round: string | undefined) => void }) {
  const { t } = useTranslation();
  const rounds = useQuery({ queryKey: ['rounds'], queryFn: () => unwrap(api.GET('/api/rounds')), staleTime: 60_000 });
  return (
    <Select id="stat-round" aria-label={t('statistics.round')} style={{ minWidth: 260, marginBottom: 12 }} value={value ?? ''} loading={rounds.isLoading}
      onChange={(round) => onChange(round || undefined)}
      options={[{ value: '', label: t('statistics.noRound') }, ...(rounds.data ?? []).map((r) => ({ value: r.id, label: r.name }))]} />
  );
}

/** A round's funnel: its needs collected in the region, the share from enterprises, and each step they reached. */
export function RoundFunnel({ selection, round }: { selection: Selection; round: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const funnel = useRoundFunnel(selection, round);
  const percent = (value: number | null) => (value === null ? '—' : `${format.number(value, 1)}%`);
  const name = (s: RoundFunnelStage) => t(`statistics.roundSteps.${s.step}`);
  return (
    <QueryState query={funnel}>
      {(answer) => {
        const max = Math.max(0, ...answer.stages.map((s) => s.count));
        return (
          <>
            <Typography.Paragraph strong>
              {t('statistics.roundCollected', { round: answer.roundName, count: answer.collected, percent: answer.fromEnterprisesPercent })}
            </Typography.Paragraph>
            {answer.collected > 0 && (
              <EChart option={funnelOption(answer.stages, name)}
                height={340} label={t('statistics.roundChartLabel', { round: answer.roundName })} />
            )}
            <Table<RoundFunnelStage> size="small" pagination={false} scroll={{ x: true }} rowKey="step" dataSource={answer.stages}
              columns={[
                { title: t('statistics.kind'), key: 'step', render: (_, s) => name(s) },
                { title: t('statistics.count'), dataIndex: 'count', align: 'right' },
                { title: t('statistics.share'), key: 'bar', render: (_, s) => <ShareBar value={s.count} max={max} /> },
                { title: t('statistics.conversion'), key: 'conversion', align: 'right', render: (_, s) => percent(s.conversionPercent) },
                { title: t('statistics.ofCollected'), key: 'ofCollected', align: 'right', responsive: ['md'], render: (_, s) => percent(s.ofCollectedPercent) },
                {
                  title: t('statistics.medianDays'), key: 'median', align: 'right', responsive: ['md'],
                  render: (_, s) => (s.medianDaysFromPrevious === null ? '—' : format.number(s.medianDaysFromPrevious, 1)),
                },
              ]} />
          </>
        );
      }}
    </QueryState>
  );
}
