import { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * Entities read by hand-written SQL together with other results, instead of in a round trip of their
 * own: `selectEntityColumns` lists the entity's columns as "prefix.property", and `hydrateEntity` turns
 * those fields of a row into the entity, converting each value as TypeORM's own reads do.
 */
export function selectEntityColumns(dataSource: DataSource, target: EntityTarget<ObjectLiteral>, alias: string, prefix: string): string {
  return dataSource
    .getMetadata(target)
    .columns.filter((column) => column.isSelect)
    .map((column) => `${alias}."${column.databaseName}" AS "${prefix}.${column.propertyName}"`)
    .join(', ');
}

export function hydrateEntity<T extends ObjectLiteral>(dataSource: DataSource, target: EntityTarget<T>, row: Record<string, unknown>, prefix: string): T {
  const metadata = dataSource.getMetadata(target);
  const entity = metadata.create() as T;
  for (const column of metadata.columns.filter((c) => c.isSelect)) {
    column.setEntityValue(entity, dataSource.driver.prepareHydratedValue(row[`${prefix}.${column.propertyName}`], column));
  }
  return entity;
}
