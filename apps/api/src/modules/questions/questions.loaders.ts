import { ModerationTargetType } from '@agora/shared';
import DataLoader from 'dataloader';
import { In } from 'typeorm';
import { byKey, LoaderFactory, perViewer, RequestLoaders } from '../../core/dataloaders/request-loaders';
import { entityRows } from '../../core/database/entity-rows';
import { communitiesById } from '../communities/communities.loaders';
import { Community } from '../communities/community.entity';
import { reportTargetKey, viewerReportedTarget } from '../moderation/moderation.loaders';
import { viewerTipHelpfulByTip } from '../tips/tips.loaders';
import { User } from '../users/user.entity';
import { usersById } from '../users/users.loaders';
import { MeToo } from './me-too.entity';
import { Question } from './question.entity';

/**
 * Questions with everything a question page shows about them, in one statement: community, author,
 * and for a signed-in viewer their own row (whose role decides what they may edit), their me-too,
 * their report and their helpful mark on a tip. Each primes the loader the field resolvers read.
 */
export const questionsById: LoaderFactory<string, Question | null> = (dataSource, viewerId, loaders) =>
  new DataLoader(async (ids) => {
    const [questions, users, communities] = [entityRows(dataSource, Question), entityRows(dataSource, User), entityRows(dataSource, Community)];
    const viewerColumns = viewerId
      ? `, ${users.select('v', 'viewer')},
         EXISTS (SELECT 1 FROM question_me_toos m WHERE m.question_id = q.id AND m.user_id = $2) AS viewer_me_too,
         EXISTS (SELECT 1 FROM reports r WHERE r.reporter_id = $2 AND r.target_type = 'QUESTION' AND r.target_id = q.id) AS viewer_reported,
         EXISTS (SELECT 1 FROM tip_helpful_votes t WHERE t.tip_id = q.id AND t.user_id = $2) AS viewer_tip_helpful`
      : '';
    const rows: Record<string, unknown>[] = await dataSource.query(
      `SELECT ${questions.select('q')}, ${users.select('u', 'author')}, ${communities.select('c', 'community')}${viewerColumns}
         FROM questions q JOIN users u ON u.id = q.author_id JOIN communities c ON c.id = q.community_id
         ${viewerId ? 'LEFT JOIN users v ON v.id = $2' : ''}
        WHERE q.id = ANY($1::bigint[])`,
      viewerId ? [ids, viewerId] : [ids],
    );
    const found: Question[] = [];
    for (const row of rows) {
      const question = questions.read(row, 'q') as Question;
      question.author = users.read(row, 'author') as User;
      question.community = communities.read(row, 'community') as Community;
      found.push(question);
      loaders.prime(questionsById, question.id, question);
      if (!viewerId) continue;
      loaders.prime(viewerMeTooByQuestion, question.id, row.viewer_me_too as boolean);
      loaders.prime(viewerReportedTarget, reportTargetKey(ModerationTargetType.QUESTION, question.id), row.viewer_reported as boolean);
      loaders.prime(viewerTipHelpfulByTip, question.id, row.viewer_tip_helpful as boolean);
      const viewer = users.read(row, 'viewer');
      if (viewer) loaders.prime(usersById, viewer.id, viewer);
    }
    primeQuestionRelations(loaders, found);
    return byKey(ids, found, (q) => q.id, (q) => q, null);
  });

/** Questions read with their author and community hand them to the loaders the fields use. */
export function primeQuestionRelations(loaders: RequestLoaders, questions: Question[]): void {
  for (const question of questions) {
    if (question.community) loaders.prime(communitiesById, question.community.id, question.community);
    if (question.author) loaders.prime(usersById, question.author.id, question.author);
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
