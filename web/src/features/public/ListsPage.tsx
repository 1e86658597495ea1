import { Card, List } from 'antd';
import { Link, useParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '@/shared/api/client';
import { useFormat } from '@/shared/format/useFormat';
import { useReference } from '@/shared/reference/useReference';
import { PageHeader } from '@/shared/ui/bits';
import { QueryState } from '@/shared/ui/QueryState';
import { ChallengeCardItem } from './ChallengeCardItem';

const useLists = () => useQuery({ queryKey: ['lists'], queryFn: () => unwrap(api.GET('/api/lists')) });

const useList = (id: string) =>
  useQuery({ queryKey: ['lists', id], queryFn: () => unwrap(api.GET('/api/lists/{id}', { params: { path: { id } } })) });

/** A bureau's name from its jurisdiction: the city's, or a district's. */
function useBureauName() {
  const { t } = useTranslation();
  const reference = useReference();
  return (bureau: string) => (bureau === 'city' ? t('rounds.levels.City') : reference.districtName(bureau));
}

/** 榜单公布: the lists the bureaus published, newest first. */
export function ListsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const bureauName = useBureauName();
  const lists = useLists();
  return (
    <>
      <PageHeader title={t('lists.title')} intro={t('lists.intro')} />
      <QueryState query={lists} isEmpty={(d) => d.length === 0} empty={t('lists.none')}>
        {(data) => (
          <List bordered dataSource={data} renderItem={(l) => (
            <List.Item extra={t('lists.count', { count: l.challengeCount })}>
              <List.Item.Meta
                title={<Link to={`/lists/${l.id}`}>{l.title}</Link>}
                description={`${t('lists.number', { number: l.number })} · ${bureauName(l.bureau)} · ${format.date(l.publishedOn)} · ${t('lists.fromRound', { round: l.roundName })}`} />
            </List.Item>
          )} />
        )}
      </QueryState>
    </>
  );
}

/** One published list: its number, date and round, and its challenges as the board shows them. */
export function ListPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const format = useFormat();
  const bureauName = useBureauName();
  const list = useList(id);
  return (
    <QueryState query={list}>
      {(l) => (
        <>
          <PageHeader title={l.title} intro={`${t('lists.number', { number: l.number })} · ${bureauName(l.bureau)} · ${format.date(l.publishedOn)}`} />
          <Card size="small" style={{ marginBottom: 16 }}>{t('lists.fromRound', { round: l.roundName })}</Card>
          <div className="tm-card-grid">{l.challenges.map((c) => <ChallengeCardItem key={c.id} challenge={c} />)}</div>
        </>
      )}
    </QueryState>
  );
}
