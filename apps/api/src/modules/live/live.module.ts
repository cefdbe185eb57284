import { Global, Module } from '@nestjs/common';
import { ComposingService } from './composing.service';
import { LiveEvents } from './live-events.service';
import { ComposingStateResolver, LiveResolver } from './live.resolver';

/** Global: the Q&A services report what happened through LiveEvents. */
@Global()
@Module({ providers: [LiveEvents, ComposingService, LiveResolver, ComposingStateResolver], exports: [LiveEvents] })
export class LiveModule {}
