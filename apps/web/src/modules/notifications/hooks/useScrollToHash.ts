import { useEffect } from 'react';
import { useLocation } from 'react-router';

/** Brings `#answer-12` into view once the page has rendered it (the browser looked before it loaded). */
export function useScrollToHash(ready: boolean) {
  const { hash } = useLocation();
  useEffect(() => {
    if (!ready || hash.length < 2) return;
    document.getElementById(decodeURIComponent(hash.slice(1)))?.scrollIntoView({ block: 'start' });
  }, [ready, hash]);
}
