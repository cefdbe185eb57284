export interface ProgressBarProps {
  value: number;
  min?: number;
  max: number;
  /** The accessible name, such as "Progress to Level 3". */
  label: string;
}

export function ProgressBar({ value, min = 0, max, label }: ProgressBarProps) {
  const span = Math.max(max - min, 1);
  const percent = Math.min(100, Math.max(0, ((value - min) / span) * 100));
  return (
    <div className="ui-progress" role="progressbar" aria-label={label} aria-valuemin={min} aria-valuemax={max} aria-valuenow={value}>
      <div className="ui-progress__fill" style={{ width: `${percent}%` }} />
    </div>
  );
}
