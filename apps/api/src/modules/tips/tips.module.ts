import { Module } from '@nestjs/common';
import { QuestionsModule } from '../questions/questions.module';
import { TipsResolver } from './tips.resolver';
import { TipsService } from './tips.service';

@Module({ imports: [QuestionsModule], providers: [TipsService, TipsResolver] })
export class TipsModule {}
