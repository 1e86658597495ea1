import { useState } from 'react';
import { Alert, Segmented, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormat } from '@/shared/format/useFormat';
import { QueryState } from '@/shared/ui/QueryState';
import { LightTag } from './LightTag';
import { type PeerLevel, type Selection, type Standing, useRankings } from './queries';

const levels: PeerLevel[] = ['City', 'Province'];

/** 晾晒: the peers ranked by amount, growth and completion of their target, with each one's light. */
export function RankingsPanel({ selection }: { selection: Selection }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [peers, setPeers] = useState<PeerLevel>('City');
  const rankings = useRankings(selection, peers);
  const percent = (value: number | null) => (value === null ? '—' : `${format.number(value, 1)}%`);
  return (
    <>
      <Segmented<PeerLevel> aria-label={t('statistics.peers')} value={peers} onChange={setPeers} style={{ marginBottom: 16 }}
        options={levels.map((l) => ({ value: l, label: t(`statistics.peerLevels.${l}`) }))} />
      <QueryState query={rankings}>
        {(answer) => (
          <>
            <Alert type="info" showIcon style={{ marginBottom: 16 }} message={t('statistics.elapsedNote', { percent: format.number(answer.elapsedPercent, 1) })} />
            <Table<Standing> rowKey="district" size="small" pagination={false} scroll={{ x: true }}
              dataSource={[...answer.standings].sort((a, b) => (a.amountRank ?? 999) - (b.amountRank ?? 999))}
              rowClassName={(s) => (s.district === selection.region ? 'ant-table-row-selected' : '')}
              columns={[
                { title: t('statistics.amountRank'), dataIndex: 'amountRank', align: 'right', render: (rank) => rank ?? '—' },
                { title: t('statistics.district'), dataIndex: 'name' },
                { title: t(`statistics.measures.${answer.measure}`), dataIndex: 'amount', align: 'right', render: (a) => format.money(a) },
                { title: t('statistics.lastYear'), key: 'base', align: 'right', responsive: ['lg'], render: (_, s) => format.money(s.growth.base) },
                { title: t('statistics.growth'), key: 'growth', align: 'right', render: (_, s) => (s.growth.percent === null ? t('statistics.kpi.noBase') : percent(s.growth.percent)) },
                { title: t('statistics.growthRank'), dataIndex: 'growthRank', align: 'right', responsive: ['md'], render: (rank) => rank ?? '—' },
                {
                  title: t('statistics.target'), key: 'target', align: 'right', responsive: ['md'],
                  render: (_, s) => (s.completion.target === null ? '—' : (
                    <>
                      {format.money(s.completion.target)} {s.targetRevised && <Tag>{t('statistics.revised')}</Tag>}
                    </>
                  )),
                },
                { title: t('statistics.completion'), key: 'completion', align: 'right', render: (_, s) => percent(s.completion.percent) },
                { title: t('statistics.completionRank'), dataIndex: 'completionRank', align: 'right', responsive: ['md'], render: (rank) => rank ?? '—' },
                { title: t('statistics.light'), key: 'light', render: (_, s) => <LightTag light={s.completion.light} /> },
              ]} />
          </>
        )}
      </QueryState>
    </>
  );
}
