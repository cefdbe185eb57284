import type { ReactNode } from 'react';
import type { MedalTier } from './BadgeMedal';

/** The tier's name in its metal's colours ("Gold"), so the tier never relies on colour alone. */
export function TierLabel({ tier, children }: { tier: MedalTier; children: ReactNode }) {
  return <span className={`ui-tier-label ui-tier-label--${tier.toLowerCase()}`}>{children}</span>;
}
