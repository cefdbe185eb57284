import { Module } from '@nestjs/common';
import { QuestionsModule } from '../questions/questions.module';
import { AppealsResolver } from './appeals/appeals.resolver';
import { AppealsService } from './appeals/appeals.service';
import { AuditResolver } from './audit/audit.resolver';
import { ModerationDemoSeeder } from './demo/moderation-demo-seeder';
import { ModerationCoreModule } from './moderation-core.module';
import { ModerationResolver } from './moderation.resolver';
import { ModerationService } from './moderation.service';
import { AnswerModerationFieldsResolver, QuestionModerationFieldsResolver } from './post-fields.resolver';
import { QueueResolver } from './queue/queue.resolver';
import { ReportsResolver } from './reports/reports.resolver';
import { ReportsService } from './reports/reports.service';
import { SuspensionsResolver } from './suspensions/suspensions.resolver';
import { SuspensionsService } from './suspensions/suspensions.service';
import { ThreadsResolver } from './threads/threads.resolver';
import { ThreadsService } from './threads/threads.service';
import { WatchedWordsResolver } from './watched-words/watched-words.resolver';

@Module({
  imports: [ModerationCoreModule, QuestionsModule],
  providers: [
    ModerationService,
    ModerationResolver,
    ReportsService,
    ReportsResolver,
    SuspensionsService,
    SuspensionsResolver,
    ThreadsService,
    ThreadsResolver,
    AppealsService,
    AppealsResolver,
    AuditResolver,
    QueueResolver,
    WatchedWordsResolver,
    QuestionModerationFieldsResolver,
    AnswerModerationFieldsResolver,
    ModerationDemoSeeder,
  ],
  exports: [ModerationDemoSeeder],
})
export class ModerationModule {}
