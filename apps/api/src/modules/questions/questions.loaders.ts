import DataLoader from 'dataloader';
import { In } from 'typeorm';
import { byKey, LoaderFactory } from '../../core/dataloaders/request-loaders';
import { MeToo } from './me-too.entity';
import { Question } from './question.entity';

export const questionsById: LoaderFactory<string, Question | null> = (dataSource) =>
  new DataLoader(async (ids) => {
    const rows = await dataSource.getRepository(Question).findBy({ id: In([...ids]) });
    return byKey(ids, rows, (q) => q.id, (q) => q, null);
  });

/** Whether the viewer said "I have this question too"; always false when signed out. */
export const viewerMeTooByQuestion: LoaderFactory<string, boolean> = (dataSource, viewerId) =>
  new DataLoader(async (questionIds) => {
    if (!viewerId) return questionIds.map(() => false);
    const rows = await dataSource.getRepository(MeToo).findBy({ userId: viewerId, questionId: In([...questionIds]) });
    return byKey(questionIds, rows, (r) => r.questionId, () => true, false);
  });
