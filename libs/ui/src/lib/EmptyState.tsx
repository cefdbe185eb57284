import type { ReactNode } from 'react';

export interface EmptyStateProps {
  title: ReactNode;
  /** 1 when the empty state is the whole page (not found). */
  headingLevel?: 1 | 2 | 3;
  children?: ReactNode;
  action?: ReactNode;
}

export function EmptyState({ title, headingLevel = 2, children, action }: EmptyStateProps) {
  const Heading = `h${headingLevel}` as const;
  return (
    <div className="ui-empty">
      <Heading className="ui-empty__title">{title}</Heading>
      {children && <div className="ui-empty__body">{children}</div>}
      {action && <div className="ui-empty__action">{action}</div>}
    </div>
  );
}
