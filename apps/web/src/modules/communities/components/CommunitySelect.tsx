import type { CommunityFieldsFragment } from '../../../generated/graphql';

export interface CommunitySelectProps {
  id: string;
  label: string;
  /** The first option, which stands for every community. */
  allLabel: string;
  communities: CommunityFieldsFragment[];
  /** A slug, or null for every community. */
  value: string | null;
  onChange: (slug: string | null) => void;
  className?: string;
}

/** A labelled choice of one community, or all of them, by slug. */
export function CommunitySelect({ id, label, allLabel, communities, value, onChange, className }: CommunitySelectProps) {
  return (
    <div className={className ? `community-select ${className}` : 'community-select'}>
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value ?? ''} onChange={(event) => onChange(event.target.value || null)}>
        <option value="">{allLabel}</option>
        {communities.map((community) => (
          <option key={community.id} value={community.slug}>
            {community.name}
          </option>
        ))}
      </select>
    </div>
  );
}
