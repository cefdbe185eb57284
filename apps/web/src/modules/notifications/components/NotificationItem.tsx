import { Button } from '@agora/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { NotificationFieldsFragment } from '../../../generated/graphql';
import { FormattedDate } from '../../common/components/FormattedDate';
import { useMarkNotificationRead } from '../hooks/useMarkRead';
import type { NotificationText } from '../hooks/useNotificationText';

export interface NotificationItemProps {
  notification: NotificationFieldsFragment;
  text: NotificationText;
}

/** One line of the inbox; following its link or pressing "Mark as read" marks it read. */
export function NotificationItem({ notification, text }: NotificationItemProps) {
  const { t } = useTranslation();
  const markRead = useMarkNotificationRead();
  const [failed, setFailed] = useState(false);
  const unread = notification.readAt === null;
  const read = () => {
    setFailed(false);
    markRead(notification.id).catch(() => setFailed(true));
  };

  return (
    <li className={unread ? 'notification notification--unread' : 'notification'}>
      {unread && <span className="ui-visually-hidden">{t('live.inbox.unreadLabel')}</span>}
      <div className="notification__text">
        {text.href ? (
          <Link className="notification__sentence" to={text.href} onClick={unread ? read : undefined}>
            {text.sentence}
          </Link>
        ) : (
          <span className="notification__sentence">{text.sentence}</span>
        )}
        {text.detail && <span className="notification__detail">{text.detail}</span>}
        <span className="notification__date muted">
          <FormattedDate iso={notification.updatedAt} />
        </span>
      </div>
      {unread && (
        <Button variant="ghost" size="sm" onClick={read}>
          {t('live.inbox.markRead')}
        </Button>
      )}
      {failed && (
        <span className="inline-error" role="alert">
          {t('errors.actionFailed')}
        </span>
      )}
    </li>
  );
}
