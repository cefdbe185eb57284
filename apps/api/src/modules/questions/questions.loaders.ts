import DataLoader from 'dataloader';
import { In } from 'typeorm';
import { byKey, LoaderFactory, perViewer, RequestLoaders } from '../../core/dataloaders/request-loaders';
import { communitiesById } from '../communities/communities.loaders';
import { usersById } from '../users/users.loaders';
import { MeToo } from './me-too.entity';
import { Question } from './question.entity';

/**
 * Questions with their community, author and the viewer's me-too in one statement: a question page
 * needs all four, so they prime the loaders the field resolvers read.
 */
export const questionsById: LoaderFactory<string, Question | null> = (dataSource, viewerId, loaders) =>
  new DataLoader(async (ids) => {
    const query = dataSource
      .getRepository(Question)
      .createQueryBuilder('q')
      .innerJoinAndSelect('q.community', 'c')
      .innerJoinAndSelect('q.author', 'u')
      .where('q.id IN (:...ids)', { ids })
      .addSelect(viewerId ? 'EXISTS (SELECT 1 FROM question_me_toos m WHERE m.question_id = q.id AND m.user_id = :viewerId)' : 'false', 'viewer_me_too')
      .setParameter('viewerId', viewerId);
    const { entities, raw } = await query.getRawAndEntities<{ q_id: string; viewer_me_too: boolean }>();
    const meToo = loaders.get(viewerMeTooByQuestion);
    for (const row of raw) meToo.prime(row.q_id, row.viewer_me_too);
    primeQuestionRelations(loaders, entities);
    return byKey(ids, entities, (q) => q.id, (q) => q, null);
  });

/** Questions read with their author and community hand them to the loaders the fields use. */
export function primeQuestionRelations(loaders: RequestLoaders, questions: Question[]): void {
  for (const question of questions) {
    if (question.community) loaders.get(communitiesById).prime(question.community.id, question.community);
    if (question.author) loaders.get(usersById).prime(question.author.id, question.author);
  }
}

/** Whether the viewer said "I have this question too"; always false when signed out. */
export const viewerMeTooByQuestion: LoaderFactory<string, boolean> = perViewer(
  (dataSource, viewerId) =>
    new DataLoader(async (questionIds) => {
      if (!viewerId) return questionIds.map(() => false);
      const rows = await dataSource.getRepository(MeToo).findBy({ userId: viewerId, questionId: In([...questionIds]) });
      return byKey(questionIds, rows, (r) => r.questionId, () => true, false);
    }),
);
