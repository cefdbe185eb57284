import { Module } from '@nestjs/common';
import { HelpfulResolver } from './helpful.resolver';
import { HelpfulService } from './helpful.service';

@Module({ providers: [HelpfulService, HelpfulResolver], exports: [HelpfulService] })
export class HelpfulModule {}
