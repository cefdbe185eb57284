import { isStaff } from '@agora/shared';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { notFound } from '../../core/graphql/errors';
import { parseId } from '../../core/graphql/parse-id';
import { Community } from '../communities/community.entity';
import { Question } from '../questions/question.entity';
import { User } from '../users/user.entity';
import { CommunityFollow } from './community-follow.entity';
import { QuestionFollow } from './question-follow.entity';

@Injectable()
export class FollowsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Idempotent; also used in the transaction of an ask or an answer (you follow what you wrote in). */
  async followQuestionIn(manager: EntityManager, userId: string, questionId: string): Promise<void> {
    await manager.createQueryBuilder().insert().into(QuestionFollow).values({ userId, questionId }).orIgnore().execute();
  }

  async followQuestion(user: User, rawQuestionId: string): Promise<Question> {
    const question = await this.readableQuestion(user, rawQuestionId);
    await this.followQuestionIn(this.dataSource.manager, user.id, question.id);
    return question;
  }

  async unfollowQuestion(user: User, rawQuestionId: string): Promise<Question> {
    const question = await this.readableQuestion(user, rawQuestionId);
    await this.dataSource.getRepository(QuestionFollow).delete({ userId: user.id, questionId: question.id });
    return question;
  }

  async followCommunity(user: User, rawCommunityId: string): Promise<Community> {
    const community = await this.community(rawCommunityId);
    await this.dataSource.createQueryBuilder().insert().into(CommunityFollow).values({ userId: user.id, communityId: community.id }).orIgnore().execute();
    return community;
  }

  async unfollowCommunity(user: User, rawCommunityId: string): Promise<Community> {
    const community = await this.community(rawCommunityId);
    await this.dataSource.getRepository(CommunityFollow).delete({ userId: user.id, communityId: community.id });
    return community;
  }

  private async readableQuestion(user: User, rawQuestionId: string): Promise<Question> {
    const question = await this.dataSource.getRepository(Question).findOneBy({ id: parseId(rawQuestionId, 'questionId') });
    // A removed question is out of reach for members, as in the `question` query.
    if (!question || (question.removedAt && question.authorId !== user.id && !isStaff(user.role))) throw notFound('Question');
    return question;
  }

  private async community(rawCommunityId: string): Promise<Community> {
    const community = await this.dataSource.getRepository(Community).findOneBy({ id: parseId(rawCommunityId, 'communityId') });
    if (!community) throw notFound('Community');
    return community;
  }
}
