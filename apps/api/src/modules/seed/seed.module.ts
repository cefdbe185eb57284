import { Module } from '@nestjs/common';
import { AnswersModule } from '../answers/answers.module';
import { HelpfulModule } from '../helpful/helpful.module';
import { ModerationModule } from '../moderation/moderation.module';
import { QuestionsModule } from '../questions/questions.module';
import { SolutionsModule } from '../solutions/solutions.module';
import { UsersModule } from '../users/users.module';
import { DemoSeeder } from './demo-seeder';

@Module({
  imports: [UsersModule, QuestionsModule, AnswersModule, HelpfulModule, SolutionsModule, ModerationModule],
  providers: [DemoSeeder],
  exports: [DemoSeeder],
})
export class SeedModule {}
