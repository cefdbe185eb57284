import type { ReadTagCollector } from '../anonymous-cache/read-tags';
import { RequestLoaders } from '../dataloaders/request-loaders';

/** What every resolver can read about the request it serves. */
export interface RequestContext {
  viewerId: string | null;
  loaders: RequestLoaders;
  /** Set only on the one execution of a live event that serves many subscribers (see shared-execution). */
  sharedPerspective?: SharedPerspective;
  /** On signed-out requests while the anonymous cache is on: the tags of what the response shows. */
  readTags?: ReadTagCollector;
}

/**
 * What the execution shared by many subscribers noticed about its readers while it ran as nobody in
 * particular: whether anything asked who the viewer is, whose ownership a permission check asked
 * about (`viewerOwnsOrModerates`, which answers "no" there, as for a plain member), and which users the
 * viewer was compared with (`viewerIs`, which answers "no" there too).
 */
export interface SharedPerspective {
  dependsOnViewer: boolean;
  ownersConsulted: Set<string>;
  usersComparedWithViewer: Set<string>;
}
