import { useSyncExternalStore } from 'react';

/** A person who asked their system for less motion (WCAG 2.3.3) gets no opening, closing or chart animations. */
const query = typeof window !== 'undefined' && window.matchMedia ? window.matchMedia('(prefers-reduced-motion: reduce)') : undefined;

function subscribe(onChange: () => void) {
  query?.addEventListener('change', onChange);
  return () => query?.removeEventListener('change', onChange);
}

const prefersReducedMotion = () => query?.matches ?? false;

export function usePrefersReducedMotion(): boolean {
  return useSyncExternalStore(subscribe, prefersReducedMotion);
}
