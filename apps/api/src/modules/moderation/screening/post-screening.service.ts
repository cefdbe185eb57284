import { isStaff, levelFor, ModerationActionType, postingRateLimitFor, WatchedWordAction } from '@agora/shared';
import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AppConfig } from '../../../core/config/app-config';
import { APP_CONFIG } from '../../../core/config/app-config.token';
import { contentBlocked, rateLimited } from '../../../core/graphql/errors';
import { User } from '../../users/user.entity';
import { ModerationLog } from '../audit/moderation-log.service';
import { PostRef } from '../post-ref';
import { PostVisibilityService } from '../post-visibility.service';
import { targetOf } from '../targets';
import { WatchedWord } from '../watched-words/watched-word.entity';
import { WatchedWordsService } from '../watched-words/watched-words.service';
import { findWatchedWords, replaceMatches } from '../watched-words/word-matcher';

export interface Draft {
  title?: string;
  body?: string;
}

export type Screened<D extends Draft> = D & {
  /** Why an automatic filter holds the post for review; null to publish it. */
  hold: string | null;
};

const LINK = /(?:https?:\/\/|www\.)\S+/i;

/**
 * The automatic filters every new or edited question, User Tip and answer passes: posting rate by level,
 * watched words (block, hold for review, replace) and links from new accounts.
 */
@Injectable()
export class PostScreeningService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly watchedWords: WatchedWordsService,
    private readonly visibility: PostVisibilityService,
    private readonly log: ModerationLog,
  ) {}

  /** Before the write: refuses (RATE_LIMITED, CONTENT_BLOCKED) or gives the text to store and any hold. */
  async screen<D extends Draft>(manager: EntityManager, author: User, kind: PostRef['kind'], draft: D, isNew: boolean): Promise<Screened<D>> {
    if (isNew) await this.enforceRateLimit(manager, author, kind);
    const rules = (await this.watchedWords.all(manager)).map((word) => ({
      word: word.word,
      value: word,
    }));
    const fields = (['title', 'body'] as const).filter((field) => draft[field] !== undefined);
    const screened: Screened<D> = { ...draft, hold: null };
    for (const field of fields) {
      const text = draft[field] as string;
      const matches = findWatchedWords(text, rules);
      const blocking = matches.find((match) => match.value.action === WatchedWordAction.BLOCK);
      if (blocking) throw contentBlocked(blocking.value.rule);
      const replaced = matches.filter((match) => match.value.action === WatchedWordAction.REPLACE);
      screened[field] = replaceMatches(text, replaced, (word: WatchedWord) => word.replacement ?? '') as D[typeof field];
      const review = matches.find((match) => match.value.action === WatchedWordAction.REVIEW);
      if (review && !screened.hold) screened.hold = `Watched word (rule "${review.value.rule}")`;
    }
    if (!screened.hold && this.isNewAccount(author) && fields.some((field) => LINK.test(draft[field] as string))) {
      screened.hold = 'Link from a new account';
    }
    if (isStaff(author.role)) screened.hold = null;
    return screened;
  }

  /**
   * After the write: holds the post for review when a filter asked, and records in the audit log an
   * edit staff made to someone else's post (`before` given for edits).
   */
  async settle(
    manager: EntityManager,
    actor: User,
    screened: Screened<Draft>,
    ref: PostRef,
    post: { authorId: string },
    before?: Draft,
  ): Promise<void> {
    if (screened.hold) await this.visibility.holdForReview(manager, ref, screened.hold);
    if (before && actor.id !== post.authorId && isStaff(actor.role)) {
      const after: Draft = { title: screened.title, body: screened.body };
      await this.log.record(manager, {
        actorId: actor.id,
        action: ModerationActionType.EDIT_POST,
        target: targetOf(ref),
        subjectUserId: post.authorId,
        before: { ...before },
        after: { ...after },
      });
    }
  }

  private isNewAccount(author: User): boolean {
    const ageHours = (Date.now() - author.createdAt.getTime()) / 3_600_000;
    return levelFor(author.reputation) === 1 && ageHours < this.config.moderation.newAccountHours;
  }

  /** Counted from the posts themselves, under a per-author lock: exact across instances. */
  private async enforceRateLimit(manager: EntityManager, author: User, kind: PostRef['kind']): Promise<void> {
    const limit = postingRateLimitFor(author);
    if (!limit || !this.config.moderation.postingRateLimits) return;
    const max = kind === 'question' ? limit.questionsPerHour : limit.answersPerHour;
    await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended('post-rate:' || $1::text, 0))`, [author.id]);
    const [row]: { posts: number; wait: number | null }[] = await manager.query(
      `SELECT count(*)::int AS posts, ceil(EXTRACT(EPOCH FROM min(created_at) + interval '1 hour' - clock_timestamp()))::int AS wait
         FROM ${kind === 'question' ? 'questions' : 'answers'} WHERE author_id = $1 AND created_at > clock_timestamp() - interval '1 hour'`,
      [author.id],
    );
    if (row.posts < max) return;
    const retryAfterSeconds = Math.max(1, row.wait ?? 1);
    const minutes = Math.ceil(retryAfterSeconds / 60);
    throw rateLimited(
      `You have posted ${row.posts} ${kind === 'question' ? 'questions' : 'answers'} in the last hour, the most your level allows. Please try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
      retryAfterSeconds,
    );
  }
}
