import { DataSource, EntityMetadata, ObjectLiteral } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';

/** Column types whose value, as pg parses it, is already what TypeORM's hydration would give. */
const AS_PG_GIVES = new Set<unknown>(['bigint', 'integer', 'int', 'smallint', 'varchar', 'character varying', 'text', 'boolean', 'uuid', 'timestamptz']);

interface ColumnRead {
  databaseName: string;
  property: string;
  /** TypeORM's own conversion, for the types pg does not already give as the entity holds them. */
  hydrate: ((value: unknown) => unknown) | null;
}

/**
 * Entities read from hand-written SQL on the hottest pages. TypeORM's query builder writes the
 * statement anew for every request and hydrates each row through several layers: on a signed-in
 * question page that was a quarter of the CPU. This selects the same columns under a prefix once,
 * and builds the same entity instances (same class, same property values) from the rows.
 */
export class EntityRows<T extends ObjectLiteral> {
  private readonly columns: ColumnRead[];
  private readonly primaryIndex: number;
  private readonly selects = new Map<string, string>();
  private readonly keys = new Map<string, string[]>();

  constructor(
    dataSource: DataSource,
    private readonly metadata: EntityMetadata,
  ) {
    if (metadata.columns.some((column) => column.embeddedMetadata)) throw new Error(`${metadata.name}: embedded columns are not supported`);
    if (metadata.primaryColumns.length !== 1) throw new Error(`${metadata.name}: one primary column expected`);
    const driver = dataSource.driver;
    this.columns = metadata.columns
      .filter((column) => !column.isVirtual && !column.isVirtualProperty && column.isSelect)
      .map((column) => ({
        databaseName: column.databaseName,
        property: column.propertyName,
        hydrate: isAsPgGives(column) ? null : (value) => driver.prepareHydratedValue(value, column),
      }));
    this.primaryIndex = this.columns.findIndex((column) => column.databaseName === metadata.primaryColumns[0].databaseName);
  }

  /**
   * `alias.column AS "prefix_column", ...` for every column the entity reads, but those whose
   * properties are in `omit`: the entity then comes without them, as with a partial TypeORM select.
   */
  select(alias: string, prefix = alias, omit: string[] = []): string {
    const key = `${alias}\n${prefix}\n${omit.join()}`;
    let select = this.selects.get(key);
    if (select === undefined) {
      select = this.columns
        .filter((column) => !omit.includes(column.property))
        .map((column) => `${alias}."${column.databaseName}" AS "${prefix}_${column.databaseName}"`)
        .join(', ');
      this.selects.set(key, select);
    }
    return select;
  }

  /** The entity selected under `prefix`; null when its key is null (an outer join that matched nothing). */
  read(row: Record<string, unknown>, prefix: string): T | null {
    let keys = this.keys.get(prefix);
    if (!keys) this.keys.set(prefix, (keys = this.columns.map((column) => `${prefix}_${column.databaseName}`)));
    if (row[keys[this.primaryIndex]] == null) return null;
    const entity = this.metadata.create(undefined, { fromDeserializer: true }) as Record<string, unknown>;
    for (let i = 0; i < keys.length; i++) {
      const { property, hydrate } = this.columns[i];
      const value = row[keys[i]];
      if (value !== undefined) entity[property] = value !== null && hydrate ? hydrate(value) : value;
    }
    return entity as T;
  }
}

function isAsPgGives(column: ColumnMetadata): boolean {
  if (column.transformer) return false;
  // pg leaves arrays of our enum types as '{A,B}' text; TypeORM splits them.
  return column.type === 'enum' ? !column.isArray : AS_PG_GIVES.has(column.type);
}

const cache = new WeakMap<DataSource, Map<unknown, EntityRows<ObjectLiteral>>>();

/** The reader of `entity`'s rows, made once per data source. */
export function entityRows<T extends ObjectLiteral>(dataSource: DataSource, entity: new () => T): EntityRows<T> {
  let readers = cache.get(dataSource);
  if (!readers) cache.set(dataSource, (readers = new Map()));
  let reader = readers.get(entity);
  if (!reader) readers.set(entity, (reader = new EntityRows(dataSource, dataSource.getMetadata(entity))));
  return reader as EntityRows<T>;
}
