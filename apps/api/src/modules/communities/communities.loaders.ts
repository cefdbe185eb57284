import DataLoader from 'dataloader';
import { In } from 'typeorm';
import { byKey, LoaderFactory } from '../../core/dataloaders/request-loaders';
import { Community } from './community.entity';

export const communitiesById: LoaderFactory<string, Community | null> = (dataSource) =>
  new DataLoader(async (ids) => {
    const rows = await dataSource.getRepository(Community).findBy({ id: In([...ids]) });
    return byKey(ids, rows, (c) => c.id, (c) => c, null);
  });

export interface CommunityStats {
  questionCount: number;
  solvedCount: number;
}

export const statsByCommunity: LoaderFactory<string, CommunityStats> = (dataSource) =>
  new DataLoader(async (ids) => {
    const rows: { community_id: string; questions: number; solved: number }[] = await dataSource.query(
      `SELECT community_id, count(*)::int AS questions, count(solution_answer_id)::int AS solved
         FROM questions WHERE community_id = ANY($1::bigint[]) GROUP BY community_id`,
      [ids],
    );
    return byKey(ids, rows, (r) => r.community_id, (r) => ({ questionCount: r.questions, solvedCount: r.solved }), {
      questionCount: 0,
      solvedCount: 0,
    });
  });
