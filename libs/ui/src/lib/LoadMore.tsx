import type { ReactNode } from 'react';
import { Button } from './Button';

export interface LoadMoreProps {
  hasMore: boolean;
  loading: boolean;
  onLoadMore: () => void;
  children: ReactNode;
}

export function LoadMore({ hasMore, loading, onLoadMore, children }: LoadMoreProps) {
  if (!hasMore) return null;
  return (
    <div className="ui-load-more">
      <Button onClick={onLoadMore} busy={loading}>
        {children}
      </Button>
    </div>
  );
}
