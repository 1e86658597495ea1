import { Button, Table, Tag } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { AchievementView } from '@/shared/api/types';
import { useFormat } from '@/shared/format/useFormat';
import { PageHeader } from '@/shared/ui/bits';
import { QueryState } from '@/shared/ui/QueryState';
import { useServerPaging } from '@/shared/ui/serverPaging';
import { OwnerActions } from './AchievementPage';
import { useMyAchievements } from './queries';

/** 我的科技成果: the organisation's achievements, listed or withdrawn, with the owner's actions. */
export function MyAchievementsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const paging = useServerPaging();
  const mine = useMyAchievements(paging.request);
  return (
    <>
      <PageHeader title={t('achievements.mine')} intro={t('achievements.mineIntro')}
        extra={<Link to="/university/achievements/new"><Button type="primary">{t('achievements.publish')}</Button></Link>} />
      <QueryState query={mine} isEmpty={(d) => d.items.length === 0} empty={t('achievements.noMine')}>
        {(data) => (
          <Table<AchievementView> rowKey="id" dataSource={data.items} pagination={paging.pagination(data.total)} scroll={{ x: true }}
            columns={[
              { title: t('achievements.title'), dataIndex: 'title', render: (title, a) => <Link to={`/achievements/${a.id}`}>{title}</Link> },
              { title: t('common.status'), dataIndex: 'withdrawn', render: (w) => <Tag color={w ? 'default' : 'success'}>{w ? t('achievements.withdrawn') : t('achievements.listed')}</Tag> },
              {
                title: t('achievements.askingPrice'), dataIndex: 'askingPrice', align: 'right',
                render: (p) => (p == null ? t('achievements.negotiable') : format.money(p)),
              },
              { title: t('common.actions'), key: 'actions', render: (_, a) => <OwnerActions achievement={a} /> },
            ]} />
        )}
      </QueryState>
    </>
  );
}
