import { useLocation } from 'react-router';

/** This page's path and query, so that signing in can bring the person back here. */
export function useCurrentPath(): string {
  const location = useLocation();
  return `${location.pathname}${location.search}`;
}
