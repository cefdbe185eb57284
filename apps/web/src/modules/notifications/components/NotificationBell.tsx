import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { useViewer } from '../../auth/hooks/useViewer';
import { useNotificationFeed } from '../hooks/useNotificationFeed';
import '../notifications.css';

/** The header's way to the inbox, with the unread count, which changes as notifications arrive. */
export function NotificationBell() {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const { unreadCount, loaded } = useNotificationFeed(viewer !== null);
  if (!viewer) return null;
  return (
    <NavLink
      to="/notifications"
      className="notification-bell"
      aria-busy={!loaded || undefined}
      aria-label={unreadCount > 0 ? t('live.bell.labelUnread', { count: unreadCount }) : t('live.bell.label')}
    >
      <svg className="notification-bell__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <path
          d="M12 3a6 6 0 0 0-6 6v3.6L4.3 15.5A1 1 0 0 0 5.2 17h13.6a1 1 0 0 0 .9-1.5L18 12.6V9a6 6 0 0 0-6-6Zm-2.5 15.5a2.5 2.5 0 0 0 5 0"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.8"
          strokeLinejoin="round"
        />
      </svg>
      {unreadCount > 0 && (
        <span className="notification-bell__count" aria-hidden="true">
          {unreadCount > 99 ? '99+' : unreadCount}
        </span>
      )}
    </NavLink>
  );
}
