import { Badge, Button, List, Space, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '@/shared/api/client';
import { useFormat } from '@/shared/format/useFormat';
import { describeNotice, noticeLink } from '@/shared/realtime/notices';
import { noticeKeys, useRealtime } from '@/shared/realtime/RealtimeProvider';
import { PageHeader } from '@/shared/ui/bits';
import { QueryState } from '@/shared/ui/QueryState';
import { useCommand } from '@/shared/ui/useCommand';

/** 消息中心: the user's stored notices, newest first, with read state; new ones arrive live. */
export function NotificationsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { connected } = useRealtime();
  const notices = useQuery({
    queryKey: [...noticeKeys.all, 'list'],
    queryFn: () => unwrap(api.GET('/api/notifications', { params: { query: { limit: 200 } } })),
  });
  const markRead = useCommand({
    run: (upTo: number) => unwrap(api.POST('/api/notifications/read', { body: { upTo } })),
    invalidates: [noticeKeys.all],
  });
  return (
    <>
      <PageHeader
        title={t('notices.title')}
        intro={t('notices.intro')}
        extra={
          <Space wrap>
            <Badge status={connected ? 'success' : 'warning'} text={connected ? t('notices.live') : t('notices.offline')} />
            <Button
              disabled={!notices.data || notices.data.unread === 0}
              loading={markRead.isPending}
              onClick={() => notices.data && markRead.mutate(notices.data.lastSequence)}
            >
              {t('notices.markAllRead')}
            </Button>
          </Space>
        }
      />
      <QueryState query={notices} isEmpty={(page) => page.items.length === 0} empty={t('notices.empty')}>
        {(page) => (
          <List
            bordered
            dataSource={[...page.items].reverse()}
            renderItem={(notice) => {
              const link = noticeLink(notice);
              const text = <Typography.Text strong={!notice.read}>{describeNotice(notice, t, format.language)}</Typography.Text>;
              return (
                <List.Item data-sequence={notice.sequence}>
                  <Space direction="vertical" size={2} style={{ minWidth: 0 }}>
                    <Space wrap>
                      {!notice.read && <Tag color="processing">{t('notices.unread')}</Tag>}
                      {link ? <Link to={link}>{text}</Link> : text}
                    </Space>
                    <Typography.Text className="tm-muted">{format.dateTime(notice.at)}</Typography.Text>
                  </Space>
                </List.Item>
              );
            }}
          />
        )}
      </QueryState>
    </>
  );
}
