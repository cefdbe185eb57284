import { useFormatters } from '../hooks/useFormatters';

/** A short date, with the full date and time on hover and for machines. */
export function FormattedDate({ iso }: { iso: string }) {
  const format = useFormatters();
  return (
    <time dateTime={iso} title={format.dateTime(iso)}>
      {format.date(iso)}
    </time>
  );
}
