import type { ReactNode } from 'react';

export interface FilterChipProps {
  /** What the filter keeps, as shown: "Solved", "Tag: wifi". */
  children: ReactNode;
  /** Read before the label by screen readers, so the button says what it does ("Remove filter:"). */
  removeLabel: string;
  onRemove: () => void;
}

/** A filter in force, shown as a pill; pressing it takes the filter away. */
export function FilterChip({ children, removeLabel, onRemove }: FilterChipProps) {
  return (
    <button type="button" className="ui-chip" onClick={onRemove}>
      <span className="ui-visually-hidden">{removeLabel} </span>
      <span className="ui-chip__label">{children}</span>
      <svg className="ui-chip__remove" width="14" height="14" viewBox="0 0 14 14" aria-hidden="true" focusable="false">
        <path d="M4 4l6 6M10 4l-6 6" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
      </svg>
    </button>
  );
}
