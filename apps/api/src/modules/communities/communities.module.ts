import { Module } from '@nestjs/common';
import { CommunitiesResolver } from './communities.resolver';

@Module({ providers: [CommunitiesResolver] })
export class CommunitiesModule {}
