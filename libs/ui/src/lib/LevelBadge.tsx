import type { ReactNode } from 'react';

export interface LevelBadgeProps {
  level: number;
  /** The visible text, such as "Level 8". */
  children: ReactNode;
}

/** Higher levels get warmer colours, so experienced helpers stand out at a glance. */
function tierFor(level: number): number {
  if (level >= 8) return 4;
  if (level >= 5) return 3;
  if (level >= 3) return 2;
  return 1;
}

export function LevelBadge({ level, children }: LevelBadgeProps) {
  return <span className={`ui-level-badge ui-level-badge--tier-${tierFor(level)}`}>{children}</span>;
}
