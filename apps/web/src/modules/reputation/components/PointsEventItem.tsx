import { PointsDelta } from '@agora/ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PointsEventFieldsFragment } from '../../../generated/graphql';
import { FormattedDate } from '../../common/components/FormattedDate';
import { useFormatters } from '../../common/hooks/useFormatters';

/** "+6 points · Answer marked helpful · <question> · Phones · date". */
export function PointsEventItem({ event }: { event: PointsEventFieldsFragment }) {
  const { t } = useTranslation();
  const format = useFormatters();
  return (
    <li className="points-event">
      <span className="points-event__amount">
        <PointsDelta amount={event.amount}>
          {t('pointsHistory.amount', { count: Math.abs(event.amount), amount: format.signed(event.amount) })}
        </PointsDelta>
      </span>
      <div className="points-event__main">
        <p className="points-event__reason">{t(`pointsHistory.reasons.${event.reason}`)}</p>
        <p className="points-event__meta">
          {event.question && (
            <>
              <Link to={`/questions/${event.question.id}`}>{event.question.title}</Link>
              {' · '}
            </>
          )}
          {event.community && (
            <>
              {event.community.name}
              {' · '}
            </>
          )}
          <FormattedDate iso={event.createdAt} />
        </p>
      </div>
    </li>
  );
}
