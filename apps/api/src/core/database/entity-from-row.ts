import { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * The entity TypeORM would have read, made from a raw row (`RETURNING *`, or a hand-written join
 * selecting `columnsOf`): hot writes return what they changed in the same statement instead of
 * reading it back.
 */
export function entityFromRow<T extends ObjectLiteral>(manager: EntityManager, target: EntityTarget<T>, row: Record<string, unknown>, prefix = ''): T {
  const metadata = manager.connection.getMetadata(target);
  const entity = metadata.create() as T;
  for (const column of metadata.columns) {
    const name = prefix + column.databaseName;
    if (name in row) column.setEntityValue(entity, manager.connection.driver.prepareHydratedValue(row[name], column));
  }
  return entity;
}

/** `alias.column AS "<prefix>column", ...` for every column of the entity, to read back with `entityFromRow`. */
export function columnsOf(manager: EntityManager, target: EntityTarget<ObjectLiteral>, alias: string, prefix: string): string {
  return manager.connection
    .getMetadata(target)
    .columns.map((column) => `${alias}.${column.databaseName} AS "${prefix}${column.databaseName}"`)
    .join(', ');
}
