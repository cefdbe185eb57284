import type { ReactNode } from 'react';

export interface PillProps {
  /** `tip`: a User Tip; `recommended`: an answer staff recommend. */
  tone: 'tip' | 'recommended';
  icon?: ReactNode;
  children: ReactNode;
}

/** A short, coloured label that marks what kind of post something is. */
export function Pill({ tone, icon, children }: PillProps) {
  return (
    <span className={`ui-pill ui-pill--${tone}`}>
      {icon}
      {children}
    </span>
  );
}
