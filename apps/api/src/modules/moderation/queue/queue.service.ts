import { QueueItemKind } from '@agora/shared';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { keysetPage } from '../../../core/pagination/keyset-page';
import { Target } from '../targets';
import { ModerationQueueArgs, ModerationQueueConnection } from './queue.dto';
import { QueueItem } from './queue-item.entity';

/** When a target is queued again, its item keeps the most pressing kind. */
const KIND_RANK_SQL = (column: string) => `CASE ${column} WHEN 'REPORTED' THEN 1 WHEN 'AUTO_HIDDEN' THEN 2 WHEN 'PRE_MODERATED' THEN 3 ELSE 0 END`;

@Injectable()
export class QueueService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Puts a target in the queue, or raises its open item to `kind` when that is more pressing. */
  async enqueue(manager: EntityManager, kind: QueueItemKind, target: Target, holdReason: string | null = null): Promise<void> {
    await manager.query(
      `INSERT INTO moderation_queue_items (kind, target_type, target_id, hold_reason) VALUES ($1, $2, $3, $4)
       ON CONFLICT (target_type, target_id) WHERE resolved_at IS NULL AND kind <> 'APPEAL'
       DO UPDATE SET kind = EXCLUDED.kind, hold_reason = COALESCE(EXCLUDED.hold_reason, moderation_queue_items.hold_reason)
        WHERE ${KIND_RANK_SQL('EXCLUDED.kind')} > ${KIND_RANK_SQL('moderation_queue_items.kind')}`,
      [kind, target.type, target.id, holdReason],
    );
  }

  async enqueueAppeal(manager: EntityManager, appealId: string, target: Target): Promise<void> {
    await manager.insert(QueueItem, {
      kind: QueueItemKind.APPEAL,
      targetType: target.type,
      targetId: target.id,
      appealId,
    });
  }

  /** Staff dealt with the target: its open item leaves the queue and its open reports are settled. */
  async resolveTarget(manager: EntityManager, target: Target, staffId: string): Promise<void> {
    await manager.query(
      `UPDATE moderation_queue_items SET resolved_at = now(), resolved_by_id = $3
        WHERE target_type = $1 AND target_id = $2 AND resolved_at IS NULL AND kind <> 'APPEAL'`,
      [target.type, target.id, staffId],
    );
    await manager.query(`UPDATE reports SET resolved_at = now() WHERE target_type = $1 AND target_id = $2 AND resolved_at IS NULL`, [
      target.type,
      target.id,
    ]);
  }

  async resolveAppeal(manager: EntityManager, appealId: string, staffId: string): Promise<void> {
    await manager.query(`UPDATE moderation_queue_items SET resolved_at = now(), resolved_by_id = $2 WHERE appeal_id = $1 AND resolved_at IS NULL`, [
      appealId,
      staffId,
    ]);
  }

  /** Open items, oldest first. */
  async list(args: ModerationQueueArgs): Promise<ModerationQueueConnection> {
    const query = this.dataSource.getRepository(QueueItem).createQueryBuilder('i').where('i.resolved_at IS NULL');
    if (args.filter?.kinds?.length) query.andWhere('i.kind IN (:...kinds)', { kinds: args.filter.kinds });
    if (args.filter?.targetType)
      query.andWhere('i.target_type = :targetType', {
        targetType: args.filter.targetType,
      });
    return keysetPage(query, args, { column: 'i.created_at', order: 'ASC' });
  }
}
