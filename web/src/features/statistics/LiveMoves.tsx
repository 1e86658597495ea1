import { useEffect, useRef, useState } from 'react';
import { Badge, Card, Typography } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useAuth } from '@/shared/auth/AuthProvider';
import { useFormat } from '@/shared/format/useFormat';
import { useReference } from '@/shared/reference/useReference';
import { useChannel } from '@/shared/realtime/useChannel';
import { describeMove, tickerChannel, type TickerMove } from './ticker';

const shown = 5;
// The figures come from the transaction cube, which the async daemon keeps on a shard of its own: it may commit the
// transaction a moment after the ticker's push arrives, so the figures are asked for again once it has settled.
const settleMs = 3000;

/**
 * 实时成交: the latest moves of the officer's jurisdiction, live while the page is open (the channel is left when it
 * closes). Each move refreshes the statistics from the server — the totals shown are the server's, never a sum kept here.
 */
export function LiveMoves() {
  const { t } = useTranslation();
  const format = useFormat();
  const reference = useReference();
  const { jurisdiction } = useAuth();
  const queryClient = useQueryClient();
  const [moves, setMoves] = useState<{ key: number; move: TickerMove }[]>([]);
  const received = useRef(0);
  const settling = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(settling.current), []);

  const channel = tickerChannel(jurisdiction);
  const state = useChannel<TickerMove>(channel, 'ticker', (move) => {
    received.current += 1;
    const key = received.current;
    setMoves((current) => [{ key, move }, ...current].slice(0, shown));
    const refresh = () => void queryClient.invalidateQueries({ queryKey: ['statistics'] });
    refresh();
    clearTimeout(settling.current);
    settling.current = setTimeout(refresh, settleMs);
  });

  const status = { watching: ['success', 'live'], idle: ['default', 'connecting'], refused: ['warning', 'refused'] } as const;
  // Without a jurisdiction in the token there is no ticker to watch.
  const [badge, label] = status[channel ? state : 'refused'];
  const names = { district: reference.districtName, field: reference.fieldName };
  return (
    <Card size="small" style={{ marginBottom: 16 }} role="region" aria-labelledby="live-moves-title"
      title={<Typography.Title id="live-moves-title" level={2} style={{ fontSize: 16, margin: 0 }}>{t('statistics.ticker.title')}</Typography.Title>}
      extra={<Badge status={badge} text={t(`statistics.ticker.${label}`)} />}>
      {moves.length === 0 ? (
        <Typography.Text className="tm-muted">{t('statistics.ticker.empty')}</Typography.Text>
      ) : (
        <ul aria-label={t('statistics.ticker.title')} style={{ margin: 0, paddingLeft: 20 }}>
          {moves.map(({ key, move }) => (
            <li key={key}>{describeMove(move, t, format.language, names)}</li>
          ))}
        </ul>
      )}
    </Card>
  );
}
