import type { ReactNode } from 'react';

export interface PointsDeltaProps {
  /** Decides the colour: gains green, losses red. */
  amount: number;
  /** The visible text, with its sign ("+6 points"), so the colour is never the only cue. */
  children: ReactNode;
}

export function PointsDelta({ amount, children }: PointsDeltaProps) {
  const tone = amount > 0 ? 'gain' : amount < 0 ? 'loss' : 'none';
  return <span className={`ui-points-delta ui-points-delta--${tone}`}>{children}</span>;
}
