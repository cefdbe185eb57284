import DataLoader from 'dataloader';
import { In } from 'typeorm';
import { byKey, LoaderFactory, perViewer } from '../../core/dataloaders/request-loaders';
import { TipHelpfulVote } from './tip-helpful-vote.entity';

export const viewerTipHelpfulByTip: LoaderFactory<string, boolean> = perViewer(
  (dataSource, viewerId) =>
    new DataLoader(async (tipIds) => {
      if (!viewerId) return tipIds.map(() => false);
      const rows = await dataSource.getRepository(TipHelpfulVote).findBy({ userId: viewerId, tipId: In([...tipIds]) });
      return byKey(tipIds, rows, (r) => r.tipId, () => true, false);
    }),
);
