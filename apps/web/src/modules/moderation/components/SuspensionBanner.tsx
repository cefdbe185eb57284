import { isSuspended } from '@agora/shared';
import { skipToken, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { MySuspensionDocument } from '../../../generated/graphql';
import { useViewer } from '../../auth/hooks/useViewer';
import { useFormatters } from '../../common/hooks/useFormatters';

/** On every page while the signed-in member is suspended: until when, why, and where to appeal. */
export function SuspensionBanner() {
  const { t } = useTranslation();
  const format = useFormatters();
  const { viewer } = useViewer();
  const { data } = useQuery(MySuspensionDocument, viewer ? { fetchPolicy: 'cache-and-network' } : skipToken);
  const until = data?.me?.suspendedUntil;
  if (!viewer || !until || !isSuspended({ suspendedUntil: new Date(until) })) return null;
  return (
    <div className="suspension-banner" role="status">
      <p className="suspension-banner__title">{t('moderation.suspension.title', { until: format.dateTime(until) })}</p>
      {data?.me?.suspensionReason && <p>{t('moderation.suspension.reason', { reason: data.me.suspensionReason })}</p>}
      <p>
        {t('moderation.suspension.explanation')} <Link to="/moderation-notices">{t('moderation.suspension.appealLink')}</Link>
      </p>
    </div>
  );
}
