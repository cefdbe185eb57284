import DataLoader from 'dataloader';
import { In } from 'typeorm';
import { byKey, groupedByKey, LoaderFactory, perViewer } from '../../core/dataloaders/request-loaders';
import { HelpfulVote } from '../helpful/helpful-vote.entity';
import { usersById } from '../users/users.loaders';
import { Answer } from './answer.entity';

export const answersById: LoaderFactory<string, Answer | null> = (dataSource) =>
  new DataLoader(async (ids) => {
    const rows = await dataSource.getRepository(Answer).findBy({ id: In([...ids]) });
    return byKey(ids, rows, (a) => a.id, (a) => a, null);
  });

/**
 * Each question's answers: the solution first, then the most helpful, then the oldest. Their authors
 * and the viewer's helpful marks come in the same statement and prime the loaders that serve them.
 */
export const answersByQuestion: LoaderFactory<string, Answer[]> = (dataSource, viewerId, loaders) =>
  new DataLoader(async (questionIds) => {
    const { entities, raw } = await dataSource
      .getRepository(Answer)
      .createQueryBuilder('a')
      .innerJoin('questions', 'q', 'q.id = a.question_id')
      .innerJoinAndSelect('a.author', 'u')
      .addSelect('CASE WHEN a.id = q.solution_answer_id THEN 0 ELSE 1 END', 'solution_rank')
      .addSelect(viewerId ? 'EXISTS (SELECT 1 FROM helpful_votes h WHERE h.answer_id = a.id AND h.user_id = :viewerId)' : 'false', 'viewer_helpful')
      .where('a.question_id = ANY(:ids::bigint[])', { ids: questionIds, viewerId })
      .orderBy('solution_rank', 'ASC')
      .addOrderBy('a.helpful_count', 'DESC')
      .addOrderBy('a.created_at', 'ASC')
      .addOrderBy('a.id', 'ASC')
      .getRawAndEntities<{ a_id: string; viewer_helpful: boolean }>();
    for (const row of raw) loaders.get(viewerHelpfulByAnswer).prime(row.a_id, row.viewer_helpful);
    for (const answer of entities) {
      loaders.get(answersById).prime(answer.id, answer);
      if (answer.author) loaders.get(usersById).prime(answer.author.id, answer.author);
    }
    return groupedByKey(questionIds, entities, (a) => a.questionId);
  });

/** Whether the viewer marked each answer helpful; always false when signed out. */
export const viewerHelpfulByAnswer: LoaderFactory<string, boolean> = perViewer(
  (dataSource, viewerId) =>
    new DataLoader(async (answerIds) => {
      if (!viewerId) return answerIds.map(() => false);
      const rows = await dataSource.getRepository(HelpfulVote).findBy({ userId: viewerId, answerId: In([...answerIds]) });
      return byKey(answerIds, rows, (r) => r.answerId, () => true, false);
    }),
);
