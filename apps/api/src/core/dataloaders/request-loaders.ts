import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';

/** `loaders`: the request's other loaders, so a query that joins their rows can prime them. */
export type LoaderFactory<K, V> = (dataSource: DataSource, viewerId: string | null, loaders: RequestLoaders) => DataLoader<K, V>;

const perViewerFactories = new WeakSet<LoaderFactory<unknown, unknown>>();

/** Marks a loader whose values depend on who asks (the viewer's own votes, follows...). */
export function perViewer<K, V>(factory: LoaderFactory<K, V>): LoaderFactory<K, V> {
  perViewerFactories.add(factory as LoaderFactory<unknown, unknown>);
  return factory;
}

export function isPerViewer(factory: LoaderFactory<unknown, unknown>): boolean {
  return perViewerFactories.has(factory);
}

export type MaybePromise<T> = T | Promise<T>;

/** `fn` of the value, at once when the value is already there. */
export function whenReady<T, R>(value: MaybePromise<T>, fn: (value: T) => R): MaybePromise<R> {
  return value instanceof Promise ? value.then(fn) : fn(value);
}

/**
 * The DataLoaders of one request. Each feature declares its own loader factories; a loader is made on
 * first use and lives as long as the request, so its cache never serves another viewer.
 * Values that a statement brought along for a loader (`prime`) are also kept here, so that a field
 * reads them at once (`valueOf`): a DataLoader answers even a primed key with a promise, and a field
 * that returns a promise makes GraphQL wait for its whole object through more promises.
 */
export class RequestLoaders {
  private readonly loaders = new Map<LoaderFactory<unknown, unknown>, DataLoader<unknown, unknown>>();
  private readonly known = new Map<LoaderFactory<unknown, unknown>, Map<unknown, unknown>>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly viewerId: string | null,
  ) {}

  get<K, V>(factory: LoaderFactory<K, V>): DataLoader<K, V> {
    let loader = this.loaders.get(factory as LoaderFactory<unknown, unknown>);
    if (!loader) {
      loader = factory(this.dataSource, this.viewerId, this) as DataLoader<unknown, unknown>;
      this.loaders.set(factory as LoaderFactory<unknown, unknown>, loader);
    }
    return loader as DataLoader<K, V>;
  }

  /** Hands the loader a value a statement already brought; the first value primed for a key stays. */
  prime<K, V>(factory: LoaderFactory<K, V>, key: K, value: V): void {
    this.get(factory).prime(key, value);
    let values = this.known.get(factory as LoaderFactory<unknown, unknown>);
    if (!values) this.known.set(factory as LoaderFactory<unknown, unknown>, (values = new Map()));
    if (!values.has(key)) values.set(key, value);
  }

  /** The value for `key`: at once when it was primed, else through the loader. */
  valueOf<K, V>(factory: LoaderFactory<K, V>, key: K): MaybePromise<V> {
    const values = this.known.get(factory as LoaderFactory<unknown, unknown>);
    return values?.has(key) ? (values.get(key) as V) : this.get(factory).load(key);
  }
}

/** Orders rows to match the keys DataLoader asked for; missing keys get `fallback`. */
export function byKey<K, V, R>(keys: readonly K[], rows: R[], keyOf: (row: R) => K, valueOf: (row: R) => V, fallback: V): V[] {
  const map = new Map<K, V>();
  for (const row of rows) map.set(keyOf(row), valueOf(row));
  return keys.map((key) => (map.has(key) ? (map.get(key) as V) : fallback));
}

/** Groups rows under the keys DataLoader asked for, keeping the rows' order. */
export function groupedByKey<K, R>(keys: readonly K[], rows: R[], keyOf: (row: R) => K): R[][] {
  const groups = new Map<K, R[]>(keys.map((key) => [key, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((key) => groups.get(key) ?? []);
}
