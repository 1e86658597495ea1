import { createContext, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { HttpTransportType, HubConnectionBuilder, HubConnectionState, LogLevel, type HubConnection } from '@microsoft/signalr';
import { useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '@/shared/api/client';
import { currentAccessToken } from '@/shared/auth/oidc';
import { useAuth } from '@/shared/auth/AuthProvider';
import { useFormat } from '@/shared/format/useFormat';
import { describeNotice, isContractNotice, type Notice } from './notices';

interface Realtime {
  /** The hub connection while signed in (for watching boards). */
  connection: HubConnection | null;
  connected: boolean;
  /** Notices received live (or caught up) since the page loaded, newest last. */
  received: Notice[];
}

const RealtimeContext = createContext<Realtime>({ connection: null, connected: false, received: [] });

export const noticeKeys = { all: ['notices'] as const };

/**
 * One SignalR connection to /hubs/market per signed-in tab, authenticated with the same access token as the API
 * (renewed silently; the server closes the connection when the token is revoked or expires, and it reconnects with a
 * fresh one). Each notice carries its sequence number: on every (re)connection the client asks for everything after
 * the last one it saw, so a notice missed while away is shown once, and one pushed twice is shown once too.
 */
export function RealtimeProvider({ children }: { children: ReactNode }) {
  const auth = useAuth();
  const { t } = useTranslation();
  const { language } = useFormat();
  const { notification } = App.useApp();
  const queryClient = useQueryClient();
  const [connection, setConnection] = useState<HubConnection | null>(null);
  const [connected, setConnected] = useState(false);
  const [received, setReceived] = useState<Notice[]>([]);
  const lastSeen = useRef<number | null>(null);
  const userId = auth.user?.profile.sub ?? null;

  useEffect(() => {
    if (!userId) return undefined;
    lastSeen.current = null;
    const hub = new HubConnectionBuilder()
      // WebSockets only, straight away (no negotiate round trip): the token travels in the query string, and no
      // long-lived HTTP request keeps the page from ever being idle.
      .withUrl('/hubs/market', {
        accessTokenFactory: async () => (await currentAccessToken()) ?? '',
        transport: HttpTransportType.WebSockets,
        skipNegotiation: true,
      })
      .withAutomaticReconnect([0, 1000, 3000, 5000, 10000, 30000])
      .configureLogging(LogLevel.Warning)
      .build();
    const take = (notice: Notice, announce: boolean) => {
      if (lastSeen.current !== null && notice.sequence <= lastSeen.current) return; // seen already
      lastSeen.current = notice.sequence;
      setReceived((current) => [...current, notice]);
      if (announce) notification.info({ title: t('notices.newNotice'), description: describeNotice(notice, t, language), placement: 'bottomRight' });
      void queryClient.invalidateQueries({ queryKey: noticeKeys.all });
      if (notice.kind === 'MatchFound') void queryClient.invalidateQueries({ queryKey: ['matches'] });
      // A contract the user has open shows the signature, acceptance or payment the notice is about.
      if (isContractNotice(notice)) void queryClient.invalidateQueries({ queryKey: ['contracts'] });
    };
    const catchUp = async () => {
      if (lastSeen.current === null) {
        // First connection of this page: what is stored already is the notification centre's, not news.
        const page = await unwrap(api.GET('/api/notifications', { params: { query: { limit: 1 } } }));
        lastSeen.current = Math.max(lastSeen.current ?? 0, page.lastSequence);
      }
      const missed = await hub.invoke<Notice[]>('CatchUp', lastSeen.current);
      for (const notice of missed) take(notice, true);
    };
    hub.on('notice', (notice: Notice) => {
      if (lastSeen.current !== null) take(notice, true);
    });
    hub.onreconnecting(() => setConnected(false));
    hub.onreconnected(() => {
      setConnected(true);
      void catchUp();
    });
    hub.onclose(() => setConnected(false));
    let stopped = false;
    hub
      .start()
      .then(() => {
        if (stopped) return;
        setConnected(true);
        return catchUp();
      })
      .catch(() => setConnected(false));
    setConnection(hub);
    return () => {
      stopped = true;
      setConnection(null);
      setConnected(false);
      setReceived([]);
      void hub.stop();
    };
  }, [userId, notification, queryClient, t, language]);

  const value = useMemo(() => ({ connection, connected: connected && connection?.state === HubConnectionState.Connected, received }), [connection, connected, received]);
  return <RealtimeContext.Provider value={value}>{children}</RealtimeContext.Provider>;
}

export function useRealtime(): Realtime {
  return useContext(RealtimeContext);
}
