import { Global, Module } from '@nestjs/common';
import { ModerationLog } from './audit/moderation-log.service';
import { PostVisibilityService } from './post-visibility.service';
import { QueueService } from './queue/queue.service';
import { PostScreeningService } from './screening/post-screening.service';
import { WatchedWordsService } from './watched-words/watched-words.service';

/** What the posting services use from moderation (screening new and edited posts), shared app-wide. */
@Global()
@Module({
  providers: [ModerationLog, QueueService, PostVisibilityService, WatchedWordsService, PostScreeningService],
  exports: [ModerationLog, QueueService, PostVisibilityService, WatchedWordsService, PostScreeningService],
})
export class ModerationCoreModule {}
