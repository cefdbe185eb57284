import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { isPerViewer, LoaderFactory, RequestLoaders } from './request-loaders';

/**
 * Loaders shared by every delivery of one live event (the pub/sub hands each subscriber the same
 * payload object): 1,000 subscribers cost one query for their accounts and one for the post, read
 * fresh for this event. Only viewer-independent loaders are used through it.
 */
const loadersByEvent = new WeakMap<object, RequestLoaders>();

export function eventLoaders(dataSource: DataSource, event: object): RequestLoaders {
  let loaders = loadersByEvent.get(event);
  if (!loaders) {
    loaders = new RequestLoaders(dataSource, null);
    loadersByEvent.set(event, loaders);
  }
  return loaders;
}

/**
 * One execution's loaders for one event: its own for loaders that depend on the viewer, the event's
 * shared ones for the rest (see `perViewer`), so the authors of an answer are read once for all
 * subscribers, not once each. `onPerViewer` hears each request for a per-viewer loader: the shared
 * execution learns from it that its result depends on who reads it.
 */
class DeliveryLoaders extends RequestLoaders {
  constructor(
    dataSource: DataSource,
    viewerId: string | null,
    private readonly shared: RequestLoaders,
    private readonly onPerViewer: () => void,
  ) {
    super(dataSource, viewerId);
  }

  override get<K, V>(factory: LoaderFactory<K, V>): DataLoader<K, V> {
    if (!isPerViewer(factory as LoaderFactory<unknown, unknown>)) return this.shared.get(factory);
    this.onPerViewer();
    return super.get(factory);
  }
}

export function deliveryLoaders(dataSource: DataSource, viewerId: string | null, event: object, onPerViewer: () => void = () => undefined): RequestLoaders {
  return new DeliveryLoaders(dataSource, viewerId, eventLoaders(dataSource, event), onPerViewer);
}
