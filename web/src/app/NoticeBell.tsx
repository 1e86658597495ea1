import { Badge, Button } from 'antd';
import { BellOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '@/shared/api/client';
import { noticeKeys } from '@/shared/realtime/RealtimeProvider';

/** The header's bell: unread notices (refreshed whenever one arrives live), and the way to the notification centre. */
export function NoticeBell() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const unread = useQuery({
    queryKey: [...noticeKeys.all, 'unread'],
    queryFn: () => unwrap(api.GET('/api/notifications', { params: { query: { limit: 1 } } })),
    select: (page) => page.unread,
  });
  return (
    <Badge count={unread.data ?? 0} size="small" overflowCount={99}>
      <Button icon={<BellOutlined />} aria-label={`${t('nav.notices')} (${unread.data ?? 0})`} onClick={() => navigate('/notices')} />
    </Badge>
  );
}
