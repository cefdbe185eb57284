import {
  HiddenReason,
  ModerationActionType,
  ModerationState,
  ModerationTargetType,
  QueueItemKind,
  ReportReason,
  WatchedWordAction,
} from '@agora/shared';
import { registerEnumType } from '@nestjs/graphql';

registerEnumType(ReportReason, { name: 'ReportReason' });
registerEnumType(ModerationTargetType, {
  name: 'ModerationTargetType',
  description: 'QUESTION also covers User Tips.',
});
registerEnumType(HiddenReason, { name: 'HiddenReason' });
registerEnumType(ModerationState, { name: 'ModerationState' });
registerEnumType(QueueItemKind, { name: 'QueueItemKind' });
registerEnumType(WatchedWordAction, { name: 'WatchedWordAction' });
registerEnumType(ModerationActionType, { name: 'ModerationActionType' });
