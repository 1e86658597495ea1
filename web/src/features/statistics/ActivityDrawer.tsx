import { Drawer, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useReference } from '@/shared/reference/useReference';
import { QueryState } from '@/shared/ui/QueryState';
import { type ActivityDrill, type ListRow, type RoundRow, type Selection, useListsCounted, useRoundsCounted } from './queries';

/** The rounds or lists a report figure counts (「组织需求征集N轮」, 「需求榜单N批」): each with its name or number and days. */
export function ActivityDrawer({ selection, drill, onClose }: { selection: Selection; drill: ActivityDrill | null; onClose: () => void }) {
  const { t } = useTranslation();
  const rounds = useRoundsCounted(selection, drill);
  const lists = useListsCounted(selection, drill);
  const period = (drill?.kind === 'lists' ? lists.data?.period : rounds.data?.period) ?? '';
  return (
    <Drawer open={drill !== null} onClose={onClose} width={880} destroyOnHidden
      title={drill ? t(drill.kind === 'rounds' ? 'statistics.roundsTitle' : 'statistics.listsTitle', { period }) : ''}>
      {drill?.kind === 'rounds' && <QueryState query={rounds}>{(answer) => <RoundsTable rounds={answer.rounds} />}</QueryState>}
      {drill?.kind === 'lists' && (
        <QueryState query={lists}>
          {(answer) => (
            <>
              <Typography.Paragraph strong>{t('statistics.listsSum', { count: answer.count, challenges: answer.challenges })}</Typography.Paragraph>
              <ListsTable lists={answer.lists} />
            </>
          )}
        </QueryState>
      )}
    </Drawer>
  );
}

/** Whose bureau: the city's, or a district's by name. */
function useBureauName() {
  const { t } = useTranslation();
  const reference = useReference();
  return (bureau: string) => (bureau === 'city' ? t('statistics.cityBureau') : reference.districtName(bureau));
}

function RoundsTable({ rounds }: { rounds: RoundRow[] }) {
  const { t } = useTranslation();
  const bureauName = useBureauName();
  return (
    <>
      <Typography.Paragraph strong>{t('statistics.roundsSum', { count: rounds.length })}</Typography.Paragraph>
      <Table<RoundRow> size="small" rowKey="id" dataSource={rounds} pagination={{ pageSize: 50, hideOnSinglePage: true }} scroll={{ x: true }}
        columns={[
          { title: t('rounds.name'), dataIndex: 'name' },
          { title: t('rounds.level'), key: 'level', render: (_, r) => t(`rounds.levels.${r.level ?? 'District'}`) },
          { title: t('statistics.bureau'), key: 'bureau', render: (_, r) => bureauName(r.bureau ?? '') },
          { title: t('rounds.opens'), dataIndex: 'opens' },
          { title: t('rounds.closes'), key: 'closes', render: (_, r) => r.closedEarlyOn ?? r.closes },
        ]} />
    </>
  );
}

function ListsTable({ lists }: { lists: ListRow[] }) {
  const { t } = useTranslation();
  const bureauName = useBureauName();
  return (
    <Table<ListRow> size="small" rowKey="id" dataSource={lists} pagination={{ pageSize: 50, hideOnSinglePage: true }} scroll={{ x: true }}
      columns={[
        { title: t('rounds.listNumber'), dataIndex: 'number' },
        { title: t('rounds.listTitle'), dataIndex: 'title' },
        { title: t('statistics.bureau'), key: 'bureau', render: (_, l) => bureauName(l.bureau ?? '') },
        { title: t('lists.publishedOn'), dataIndex: 'publishedOn' },
        { title: t('rounds.round'), dataIndex: 'roundName', responsive: ['md'] },
        { title: t('statistics.listedChallenges'), dataIndex: 'challenges', align: 'right' },
      ]} />
  );
}
