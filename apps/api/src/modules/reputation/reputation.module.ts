import { Global, Module } from '@nestjs/common';
import { BadgesService } from '../badges/badges.service';
import { pointsRulesProvider } from './points-rules.provider';
import { ReputationEventResolver, UserReputationResolver } from './reputation.resolver';
import { ReputationVerifier } from './reputation-verifier';
import { ReputationService } from './reputation.service';

@Global()
@Module({
  providers: [pointsRulesProvider, ReputationService, BadgesService, UserReputationResolver, ReputationEventResolver, ReputationVerifier],
  exports: [pointsRulesProvider, ReputationService, BadgesService, ReputationVerifier],
})
export class ReputationModule {}
