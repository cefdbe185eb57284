import { useSearchParams } from 'react-router';
import { safeReturnTo } from '../../../lib/returnTo';

/** On the sign-in and sign-up pages: where to go afterwards. */
export function useReturnTo(): string {
  const [searchParams] = useSearchParams();
  return safeReturnTo(searchParams.get('returnTo'));
}

