import { Button, Card, List, Progress, Space, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '@/shared/api/client';
import { PageHeader } from '@/shared/ui/bits';
import { QueryState } from '@/shared/ui/QueryState';
import { useServerPaging } from '@/shared/ui/serverPaging';
import { useCommand } from '@/shared/ui/useCommand';
import { ReasonTags } from './reasons';

const matchKeys = { mine: ['matches', 'mine'] as const };

/** Where a match's subject opens: a need or a challenge on its public page, an achievement on the hall. */
export const subjectPaths = { Need: '/needs', Challenge: '/challenges', Achievement: '/achievements' } as const;

/** 智能匹配: the caller's matches, newest first, with their reasons, a page at a time; either side follows up or dismisses. */
export function MatchesPage() {
  const { t } = useTranslation();
  const paging = useServerPaging();
  const matches = useQuery({
    queryKey: [...matchKeys.mine, paging.request],
    queryFn: () => unwrap(api.GET('/api/matches/mine', { params: { query: paging.request } })),
    placeholderData: (previous) => previous,
  });
  const answer = useCommand({
    run: ({ id, answer }: { id: string; answer: 'FollowUp' | 'Dismiss' }) =>
      unwrap(api.POST('/api/matches/{id}/answer', { params: { path: { id } }, body: { answer } })),
    invalidates: [matchKeys.mine],
  });
  return (
    <>
      <PageHeader title={t('matches.title')} intro={t('matches.intro')} />
      <QueryState query={matches} isEmpty={(page) => page.items.length === 0} empty={t('matches.empty')}>
        {(page) => (
          <List
            grid={{ gutter: 16, column: 1 }}
            dataSource={page.items}
            pagination={paging.pagination(page.total)}
            renderItem={(match) => (
              <List.Item>
                <Card
                  size="small"
                  title={
                    <Space wrap>
                      <Tag>{t(`matches.subjectKind.${match.subjectKind}`)}</Tag>
                      <Link to={`${subjectPaths[match.subjectKind]}/${match.subjectId}`}>{match.subjectTitle}</Link>
                    </Space>
                  }
                  extra={<Tag color="processing">{t(match.side === 'Subject' ? 'matches.subjectSide' : 'matches.counterpartSide')}</Tag>}
                >
                  <Space direction="vertical" style={{ width: '100%' }}>
                    <Space wrap align="center">
                      <Typography.Text>{t('matches.counterpart')}：</Typography.Text>
                      <Typography.Text strong>{match.counterpartName}</Typography.Text>
                      <Tag>{t(`matches.counterpartKind.${match.counterpartKind}`)}</Tag>
                      {match.itemTitle && match.itemId && (
                        // The item is an enterprise's need, or a university's achievement.
                        <Link to={`${match.counterpartKind === 'Enterprise' ? '/needs' : '/achievements'}/${match.itemId}`}>{match.itemTitle}</Link>
                      )}
                    </Space>
                    <Space align="center" wrap>
                      <Typography.Text>{t('matches.score')}</Typography.Text>
                      <Progress percent={Math.round(Number(match.score) * 100)} size="small" style={{ width: 160 }} aria-label={t('matches.score')} />
                    </Space>
                    <div aria-label={t('matches.reasons')}>
                      <ReasonTags reasons={match.reasons} />
                    </div>
                    <Space wrap>
                      {match.otherSideFollowedUp && <Tag color="success">{t('matches.otherFollowedUp')}</Tag>}
                      {match.myAnswer === 'FollowUp' && <Tag color="success">{t('matches.followedUp')}</Tag>}
                      {match.myAnswer === 'Dismiss' && <Tag>{t('matches.dismissed')}</Tag>}
                      <Button size="small" type="primary" disabled={match.myAnswer === 'FollowUp'} onClick={() => answer.mutate({ id: match.id, answer: 'FollowUp' })}>
                        {t('matches.followUp')}
                      </Button>
                      <Button size="small" disabled={match.myAnswer === 'Dismiss'} onClick={() => answer.mutate({ id: match.id, answer: 'Dismiss' })}>
                        {t('matches.dismiss')}
                      </Button>
                    </Space>
                  </Space>
                </Card>
              </List.Item>
            )}
          />
        )}
      </QueryState>
    </>
  );
}
