import { useTranslation } from 'react-i18next';
import type { NotificationFieldsFragment } from '../../../generated/graphql';
import { useBadgeText } from '../../badges/hooks/useBadgeText';

export interface NotificationText {
  sentence: string;
  /** The question's title, a note from a moderator... */
  detail: string | null;
  /** Where the notification leads: the thread (at the answer concerned), the badges, the profile. */
  href: string | null;
}

/** Says what a notification is about in a sentence, and where to go to see it. */
export function useNotificationText(viewerId: string | null) {
  const { t } = useTranslation();
  const badgeText = useBadgeText();

  return (notification: NotificationFieldsFragment): NotificationText => {
    const { question, answer, actorCount: count } = notification;
    const actor = notification.actor?.displayName ?? t('live.actors.someone');
    const actors = count > 1 ? t('live.actors.others', { actor, count: count - 1 }) : actor;
    const thread = question ? `/questions/${question.id}${answer ? `#answer-${answer.id}` : ''}` : null;
    const title = question?.title ?? null;

    switch (notification.type) {
      case 'NEW_ANSWER':
        return { sentence: t('live.types.newAnswer', { actors, count }), detail: title, href: thread };
      case 'THREAD_REPLY':
        return { sentence: t('live.types.threadReply', { actors, count }), detail: title, href: thread };
      case 'NEW_QUESTION':
        return {
          sentence: t('live.types.newQuestion', { actors, count, community: question?.community.name ?? '' }),
          detail: title,
          href: thread,
        };
      case 'ANSWER_HELPFUL':
        return { sentence: t('live.types.helpful', { actors, count }), detail: title, href: thread };
      case 'ANSWER_ACCEPTED':
        return { sentence: t('live.types.accepted', { actor }), detail: title, href: thread };
      case 'ANSWER_RECOMMENDED':
        return { sentence: t('live.types.recommended'), detail: title, href: thread };
      case 'MENTION':
        return { sentence: t('live.types.mention', { actors, count }), detail: title, href: thread };
      case 'BADGE_EARNED': {
        const badge = notification.badge ? badgeText(notification.badge) : null;
        return { sentence: t('live.types.badge', { badge: badge?.name ?? '' }), detail: badge?.description ?? null, href: '/badges' };
      }
      case 'LEVEL_REACHED':
        return {
          sentence: t('live.types.level', { level: notification.level ?? '' }),
          detail: null,
          href: viewerId ? `/users/${viewerId}` : null,
        };
      case 'MODERATION_OUTCOME':
        return {
          sentence: t(`live.types.moderation.${notification.moderationOutcome ?? 'other'}`),
          detail: notification.moderationNote ? t('live.types.moderationNote', { note: notification.moderationNote }) : title,
          // The notices page says why and takes an appeal; account-wide outcomes have no thread.
          href: thread ?? '/moderation-notices',
        };
    }
  };
}
