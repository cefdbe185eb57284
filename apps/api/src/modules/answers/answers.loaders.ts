import { ModerationTargetType } from '@agora/shared';
import DataLoader from 'dataloader';
import { In } from 'typeorm';
import { byKey, groupedByKey, LoaderFactory, perViewer } from '../../core/dataloaders/request-loaders';
import { entityRows } from '../../core/database/entity-rows';
import { HelpfulVote } from '../helpful/helpful-vote.entity';
import { reportTargetKey, viewerReportedTarget } from '../moderation/moderation.loaders';
import { User } from '../users/user.entity';
import { usersById } from '../users/users.loaders';
import { Answer } from './answer.entity';

export const answersById: LoaderFactory<string, Answer | null> = (dataSource) =>
  new DataLoader(async (ids) => {
    const rows = await dataSource.getRepository(Answer).findBy({ id: In([...ids]) });
    return byKey(ids, rows, (a) => a.id, (a) => a, null);
  });

/**
 * Each question's answers: the solution first, then the most helpful, then the oldest. Their authors,
 * the viewer's helpful marks and the viewer's reports come in the same statement and prime the
 * loaders that serve them.
 */
export const answersByQuestion: LoaderFactory<string, Answer[]> = (dataSource, viewerId, loaders) =>
  new DataLoader(async (questionIds) => {
    const [answers, users] = [entityRows(dataSource, Answer), entityRows(dataSource, User)];
    const viewerColumns = viewerId
      ? `, EXISTS (SELECT 1 FROM helpful_votes h WHERE h.answer_id = a.id AND h.user_id = $2) AS viewer_helpful,
           EXISTS (SELECT 1 FROM reports r WHERE r.reporter_id = $2 AND r.target_type = 'ANSWER' AND r.target_id = a.id) AS viewer_reported`
      : '';
    const rows: Record<string, unknown>[] = await dataSource.query(
      `SELECT ${answers.select('a')}, ${users.select('u', 'author')}${viewerColumns}
         FROM answers a JOIN questions q ON q.id = a.question_id JOIN users u ON u.id = a.author_id
        WHERE a.question_id = ANY($1::bigint[])
        ORDER BY CASE WHEN a.id = q.solution_answer_id THEN 0 ELSE 1 END, a.helpful_count DESC, a.created_at, a.id`,
      viewerId ? [questionIds, viewerId] : [questionIds],
    );
    const found: Answer[] = [];
    for (const row of rows) {
      const answer = answers.read(row, 'a') as Answer;
      answer.author = users.read(row, 'author') as User;
      found.push(answer);
      loaders.prime(answersById, answer.id, answer);
      loaders.prime(usersById, answer.author.id, answer.author);
      if (!viewerId) continue;
      loaders.prime(viewerHelpfulByAnswer, answer.id, row.viewer_helpful as boolean);
      loaders.prime(viewerReportedTarget, reportTargetKey(ModerationTargetType.ANSWER, answer.id), row.viewer_reported as boolean);
    }
    return groupedByKey(questionIds, found, (a) => a.questionId);
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
