import { Module } from '@nestjs/common';
import { ModerationResolver } from './moderation.resolver';
import { ModerationService } from './moderation.service';

@Module({ providers: [ModerationService, ModerationResolver] })
export class ModerationModule {}
