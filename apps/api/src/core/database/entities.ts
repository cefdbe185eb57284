import { AnswerRevision } from '../../modules/answers/answer-revision.entity';
import { Answer } from '../../modules/answers/answer.entity';
import { Community } from '../../modules/communities/community.entity';
import { CommunityFollow } from '../../modules/follows/community-follow.entity';
import { QuestionFollow } from '../../modules/follows/question-follow.entity';
import { HelpfulVote } from '../../modules/helpful/helpful-vote.entity';
import { CommunityPoints } from '../../modules/leaderboard/community-points.entity';
import { Notification } from '../../modules/notifications/notification.entity';
import { MeToo } from '../../modules/questions/me-too.entity';
import { QuestionRevision } from '../../modules/questions/question-revision.entity';
import { Question } from '../../modules/questions/question.entity';
import { ReputationEvent } from '../../modules/reputation/reputation-event.entity';
import { UserBadge } from '../../modules/badges/user-badge.entity';
import { TipHelpfulVote } from '../../modules/tips/tip-helpful-vote.entity';
import { User } from '../../modules/users/user.entity';
import { Appeal } from '../../modules/moderation/appeals/appeal.entity';
import { ModerationLogEntry } from '../../modules/moderation/audit/moderation-log-entry.entity';
import { QueueItem } from '../../modules/moderation/queue/queue-item.entity';
import { Report } from '../../modules/moderation/reports/report.entity';
import { WatchedWord } from '../../modules/moderation/watched-words/watched-word.entity';

/** Listed as classes, not globs, so the bundled API finds them. */
export const ENTITIES = [
  User,
  Community,
  Question,
  QuestionRevision,
  MeToo,
  Answer,
  AnswerRevision,
  HelpfulVote,
  ReputationEvent,
  TipHelpfulVote,
  UserBadge,
  CommunityPoints,
  QuestionFollow,
  CommunityFollow,
  Notification,
  Report,
  QueueItem,
  ModerationLogEntry,
  Appeal,
  WatchedWord,
];
