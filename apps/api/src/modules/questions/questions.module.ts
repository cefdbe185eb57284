import { Module } from '@nestjs/common';
import { QuestionRevisionResolver, QuestionsResolver } from './questions.resolver';
import { QuestionsService } from './questions.service';

@Module({ providers: [QuestionsService, QuestionsResolver, QuestionRevisionResolver], exports: [QuestionsService] })
export class QuestionsModule {}
