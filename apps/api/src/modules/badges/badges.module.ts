import { Module } from '@nestjs/common';
import { AwardedBadgeResolver, BadgesResolver, UserBadgesResolver } from './badges.resolver';

@Module({ providers: [BadgesResolver, AwardedBadgeResolver, UserBadgesResolver] })
export class BadgesModule {}
