import { ModerationTargetType } from '@agora/shared';
import DataLoader from 'dataloader';
import { In } from 'typeorm';
import { byKey, groupedByKey, LoaderFactory, perViewer } from '../../core/dataloaders/request-loaders';
import { Appeal } from './appeals/appeal.entity';
import { Report } from './reports/report.entity';

/** The key of `viewerReportedTarget` for a post or member. */
export const reportTargetKey = (type: ModerationTargetType, id: string): string => `${type}:${id}`;

/** `TYPE:id` of every target the viewer reported among those asked; false when signed out. */
export const viewerReportedTarget: LoaderFactory<string, boolean> = perViewer(
  (dataSource, viewerId) =>
    new DataLoader(async (keys) => {
      if (!viewerId) return keys.map(() => false);
      const rows: { key: string }[] = await dataSource.query(
        `SELECT target_type || ':' || target_id AS key FROM reports WHERE reporter_id = $1 AND target_type || ':' || target_id = ANY($2)`,
        [viewerId, keys],
      );
      return byKey(
        keys,
        rows,
        (r) => r.key,
        () => true,
        false,
      );
    }),
);

/** The open reports of each `TYPE:id` target, oldest first. */
export const openReportsByTarget: LoaderFactory<string, Report[]> = (dataSource) =>
  new DataLoader(async (keys) => {
    const rows = await dataSource
      .getRepository(Report)
      .createQueryBuilder('r')
      .where(`r.target_type || ':' || r.target_id = ANY(:keys)`, { keys })
      .andWhere('r.resolved_at IS NULL')
      .orderBy('r.created_at', 'ASC')
      .addOrderBy('r.id', 'ASC')
      .getMany();
    return groupedByKey(keys, rows, (r) => `${r.targetType}:${r.targetId}`);
  });

export const appealsById: LoaderFactory<string, Appeal | null> = (dataSource) =>
  new DataLoader(async (ids) => {
    const rows = await dataSource.getRepository(Appeal).findBy({ id: In([...ids]) });
    return byKey(
      ids,
      rows,
      (a) => a.id,
      (a) => a,
      null,
    );
  });

export const appealsByAction: LoaderFactory<string, Appeal | null> = (dataSource) =>
  new DataLoader(async (actionIds) => {
    const rows = await dataSource.getRepository(Appeal).findBy({ actionId: In([...actionIds]) });
    return byKey(
      actionIds,
      rows,
      (a) => a.actionId,
      (a) => a,
      null,
    );
  });
