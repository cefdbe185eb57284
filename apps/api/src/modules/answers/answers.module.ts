import { Module } from '@nestjs/common';
import { AnswerRevisionResolver, AnswersResolver, QuestionAnswersResolver } from './answers.resolver';
import { AnswersService } from './answers.service';

@Module({ providers: [AnswersService, AnswersResolver, QuestionAnswersResolver, AnswerRevisionResolver], exports: [AnswersService] })
export class AnswersModule {}
