import { NotFound } from '../modules/common/components/NotFound';

export function NotFoundPage() {
  return <NotFound />;
}
