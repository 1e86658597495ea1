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
  return useChannels(channel ? [channel] : [], method, onMessage);
}

/**
 * useChannel for several channels at once (a page of challenge boards): all are asked for together, 'watching' once
 * the hub took every one, 'refused' when it refused any. The set is compared by its names, not by the array.
 */
export function useChannels<T>(channels: readonly string[], method: string, onMessage: (message: T) => void): ChannelState {
  const { connection, connected } = useRealtime();
  const [state, setState] = useState<ChannelState>('idle');
  const latest = useRef(onMessage);
  useEffect(() => {
    latest.current = onMessage;
  });

  const names = channels.join('\n');
  useEffect(() => {
    const watched = names ? names.split('\n') : [];
    if (!connection || !connected || watched.length === 0) return undefined;
    let current = true;
    const receive = (message: T) => latest.current(message);
    connection.on(method, receive);
    Promise.all(watched.map((channel) => connection.invoke('Watch', channel))).then(
      () => current && setState('watching'),
      () => current && setState('refused'),
    );
    return () => {
      current = false;
      connection.off(method, receive);
      setState('idle');
      if (connection.state === HubConnectionState.Connected) {
        for (const channel of watched) void connection.invoke('Unwatch', channel).catch(() => undefined);
      }
    };
  }, [connection, connected, names, method]);

  return state;
}
