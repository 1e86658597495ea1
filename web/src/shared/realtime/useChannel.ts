import { useEffect, useRef, useState } from 'react';
import { HubConnectionState } from '@microsoft/signalr';
import { useRealtime } from './RealtimeProvider';

/** Where a watched channel stands: not (yet) watched, watched, or refused by the hub (not the caller's to watch). */
export type ChannelState = 'idle' | 'watching' | 'refused';

/**
 * Watches a hub channel while the component is mounted: asks the hub for the channel's messages — again after each
 * reconnection, since a new connection is in no group — hands each message of the given hub method to onMessage, and
 * unwatches when the component goes or the channel changes. The hub decides who may watch what.
 */
export function useChannel<T>(channel: string | null, method: string, onMessage: (message: T) => void): ChannelState {
  const { connection, connected } = useRealtime();
  const [state, setState] = useState<ChannelState>('idle');
  const latest = useRef(onMessage);
  useEffect(() => {
    latest.current = onMessage;
  });

  useEffect(() => {
    if (!connection || !connected || !channel) return undefined;
    let current = true;
    const receive = (message: T) => latest.current(message);
    connection.on(method, receive);
    connection.invoke('Watch', channel).then(
      () => current && setState('watching'),
      () => current && setState('refused'),
    );
    return () => {
      current = false;
      connection.off(method, receive);
      setState('idle');
      if (connection.state === HubConnectionState.Connected) void connection.invoke('Unwatch', channel).catch(() => undefined);
    };
  }, [connection, connected, channel, method]);

  return state;
}
