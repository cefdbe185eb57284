import DataLoader from 'dataloader';
import { In } from 'typeorm';
import { byKey, groupedByKey, LoaderFactory } from '../../core/dataloaders/request-loaders';
import { HelpfulVote } from '../helpful/helpful-vote.entity';
import { Answer } from './answer.entity';

export const answersById: LoaderFactory<string, Answer | null> = (dataSource) =>
  new DataLoader(async (ids) => {
    const rows = await dataSource.getRepository(Answer).findBy({ id: In([...ids]) });
    return byKey(ids, rows, (a) => a.id, (a) => a, null);
  });

/** Each question's answers: the solution first, then the most helpful, then the oldest. */
export const answersByQuestion: LoaderFactory<string, Answer[]> = (dataSource) =>
  new DataLoader(async (questionIds) => {
    const rows = await dataSource
      .getRepository(Answer)
      .createQueryBuilder('a')
      .innerJoin('questions', 'q', 'q.id = a.question_id')
      .addSelect('CASE WHEN a.id = q.solution_answer_id THEN 0 ELSE 1 END', 'solution_rank')
      .where('a.question_id = ANY(:ids::bigint[])', { ids: questionIds })
      .orderBy('solution_rank', 'ASC')
      .addOrderBy('a.helpful_count', 'DESC')
      .addOrderBy('a.created_at', 'ASC')
      .addOrderBy('a.id', 'ASC')
      .getMany();
    return groupedByKey(questionIds, rows, (a) => a.questionId);
  });

/** Whether the viewer marked each answer helpful; always false when signed out. */
export const viewerHelpfulByAnswer: LoaderFactory<string, boolean> = (dataSource, viewerId) =>
  new DataLoader(async (answerIds) => {
    if (!viewerId) return answerIds.map(() => false);
    const rows = await dataSource.getRepository(HelpfulVote).findBy({ userId: viewerId, answerId: In([...answerIds]) });
    return byKey(answerIds, rows, (r) => r.answerId, () => true, false);
  });
