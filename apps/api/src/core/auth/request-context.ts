import { RequestLoaders } from '../dataloaders/request-loaders';

/** What every resolver can read about the request it serves. */
export interface RequestContext {
  viewerId: string | null;
  loaders: RequestLoaders;
}
