import { Drawer, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useReference } from '@/shared/reference/useReference';
import { QueryState } from '@/shared/ui/QueryState';
import { ChallengesTable, InputsView, NeedsTable, TrialsTable, VouchersTable } from './ActivityLists';
import { useChallengesCounted, useNeedsCounted, useReferenceInputs, useTrialsCounted, useVouchersCounted } from './activityQueries';
import { type ActivityDrill, type ListRow, type RoundRow, type Selection, useListsCounted, useRoundsCounted } from './queries';

/** The list a report figure counts or sums — rounds, lists, challenges, voucher redemptions, needs, converted trials —
 * or a derived figure's inputs, whose amounts open their ledgers (through onOpenLedger). */
export function ActivityDrawer({ selection, drill, onClose, onOpenLedger }: {
  selection: Selection;
  drill: ActivityDrill | null;
  onClose: () => void;
  onOpenLedger: (address: string) => void;
}) {
  const { t } = useTranslation();
  const rounds = useRoundsCounted(selection, drill);
  const lists = useListsCounted(selection, drill);
  const challenges = useChallengesCounted(selection, drill);
  const vouchers = useVouchersCounted(selection, drill);
  const needs = useNeedsCounted(selection, drill);
  const trials = useTrialsCounted(selection, drill);
  const inputs = useReferenceInputs(selection, drill);
  const answers = { rounds, lists, challenges, vouchers, needs, trials, 'reference-figures': inputs } as const;
  const period = (drill ? answers[drill.kind].data?.period : undefined) ?? '';
  const titles = {
    rounds: 'statistics.roundsTitle', lists: 'statistics.listsTitle', challenges: `statistics.activity.challengesTitle.${drill?.milestone ?? 'Published'}`,
    vouchers: 'statistics.activity.vouchersTitle', needs: 'statistics.activity.needsTitle', trials: 'statistics.activity.trialsTitle',
    'reference-figures': 'statistics.activity.inputsTitle',
  } as const;
  return (
    <Drawer open={drill !== null} onClose={onClose} width={880} destroyOnHidden title={drill ? t(titles[drill.kind], { period }) : ''}>
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
      {drill?.kind === 'challenges' && (
        <QueryState query={challenges}>{(answer) => <ChallengesTable challenges={answer.challenges} bounty={answer.bounty} />}</QueryState>
      )}
      {drill?.kind === 'vouchers' && (
        <QueryState query={vouchers}>
          {(answer) => <VouchersTable redemptions={answer.redemptions} amount={answer.amount} times={answer.enterpriseTimes} />}
        </QueryState>
      )}
      {drill?.kind === 'needs' && <QueryState query={needs}>{(answer) => <NeedsTable needs={answer.needs} fromEnterprises={answer.fromEnterprises} />}</QueryState>}
      {drill?.kind === 'trials' && <QueryState query={trials}>{(answer) => <TrialsTable conversions={answer.conversions} />}</QueryState>}
      {drill?.kind === 'reference-figures' && (
        <QueryState query={inputs}>{(answer) => <InputsView inputs={answer} onOpenLedger={onOpenLedger} />}</QueryState>
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
