import type { ReactNode } from 'react';
import { CheckIcon } from './CheckIcon';

export function SolvedBadge({ children }: { children: ReactNode }) {
  return (
    <span className="ui-solved-badge">
      <CheckIcon className="ui-solved-badge__icon" />
      {children}
    </span>
  );
}
