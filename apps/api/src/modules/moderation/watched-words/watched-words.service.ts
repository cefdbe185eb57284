import { ModerationActionType, WatchedWordAction } from '@agora/shared';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { inTransaction } from '../../../core/database/transaction';
import { badUserInput, notFound } from '../../../core/graphql/errors';
import { parseId } from '../../../core/graphql/parse-id';
import { User } from '../../users/user.entity';
import { ModerationLog } from '../audit/moderation-log.service';
import { AddWatchedWordInput } from './watched-word.input';
import { WatchedWord } from './watched-word.entity';
import { normaliseWatchedWord } from './word-matcher';

@Injectable()
export class WatchedWordsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly log: ModerationLog,
  ) {}

  list(): Promise<WatchedWord[]> {
    return this.dataSource.getRepository(WatchedWord).find({ order: { action: 'ASC', word: 'ASC' } });
  }

  /** Read in the caller's transaction on every post, so a new word applies at once on every instance. */
  all(manager: EntityManager): Promise<WatchedWord[]> {
    return manager.find(WatchedWord);
  }

  add(admin: User, input: AddWatchedWordInput): Promise<WatchedWord> {
    const word = normaliseWatchedWord(input.word);
    if (word.length < 2)
      throw badUserInput('A watched word needs at least two letters.', {
        word: ['needs at least two letters'],
      });
    if (input.action === WatchedWordAction.REPLACE && !input.replacement) {
      throw badUserInput('Say what replaces the word.', {
        replacement: ['is required with REPLACE'],
      });
    }
    return inTransaction(this.dataSource, async (manager) => {
      const inserted = await manager
        .createQueryBuilder()
        .insert()
        .into(WatchedWord)
        .values({
          word,
          action: input.action,
          replacement: input.action === WatchedWordAction.REPLACE ? input.replacement : null,
          rule: input.rule,
          createdById: admin.id,
        })
        .orIgnore()
        .returning(['id'])
        .execute();
      if (inserted.raw.length === 0)
        throw badUserInput(`"${word}" is watched already.`, {
          word: ['is watched already'],
        });
      const saved = await manager.findOneByOrFail(WatchedWord, {
        id: inserted.raw[0].id,
      });
      await this.log.record(manager, {
        actorId: admin.id,
        action: ModerationActionType.ADD_WATCHED_WORD,
        reason: saved.rule,
        after: { ...saved },
      });
      return saved;
    });
  }

  remove(admin: User, rawId: string): Promise<WatchedWord> {
    const id = parseId(rawId);
    return inTransaction(this.dataSource, async (manager) => {
      const word = await manager.findOneBy(WatchedWord, { id });
      if (!word) throw notFound('Watched word');
      await manager.delete(WatchedWord, { id });
      await this.log.record(manager, {
        actorId: admin.id,
        action: ModerationActionType.REMOVE_WATCHED_WORD,
        reason: word.rule,
        before: { ...word },
      });
      return word;
    });
  }
}
