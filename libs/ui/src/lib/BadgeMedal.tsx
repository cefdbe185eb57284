export type MedalTier = 'BRONZE' | 'SILVER' | 'GOLD';

export interface BadgeMedalProps {
  tier: MedalTier;
  size?: 'sm' | 'md';
}

/** A round medal in the tier's metal. Decorative: the tier is always written next to it. */
export function BadgeMedal({ tier, size = 'md' }: BadgeMedalProps) {
  return (
    <span className={`ui-medal ui-medal--${tier.toLowerCase()} ui-medal--${size}`} aria-hidden="true">
      <svg viewBox="0 0 32 32" focusable="false">
        <path className="ui-medal__ribbon" d="M9 2h5l3 8h-5zM23 2h-5l-3 8h5z" />
        <circle className="ui-medal__disc" cx="16" cy="19" r="11" />
        <circle className="ui-medal__rim" cx="16" cy="19" r="8" fill="none" strokeWidth="1.5" />
        <path className="ui-medal__star" d="M16 13.5l1.7 3.4 3.8.6-2.7 2.7.6 3.8-3.4-1.8-3.4 1.8.6-3.8-2.7-2.7 3.8-.6z" />
      </svg>
    </span>
  );
}
