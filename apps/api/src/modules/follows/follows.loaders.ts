import DataLoader from 'dataloader';
import { In } from 'typeorm';
import { byKey, LoaderFactory, perViewer } from '../../core/dataloaders/request-loaders';
import { CommunityFollow } from './community-follow.entity';
import { QuestionFollow } from './question-follow.entity';

/** Whether the viewer follows each question; always false when signed out. */
export const viewerFollowsQuestion: LoaderFactory<string, boolean> = perViewer(
  (dataSource, viewerId) =>
    new DataLoader(async (questionIds) => {
      if (!viewerId) return questionIds.map(() => false);
      const rows = await dataSource.getRepository(QuestionFollow).findBy({ userId: viewerId, questionId: In([...questionIds]) });
      return byKey(questionIds, rows, (r) => r.questionId, () => true, false);
    }),
);

export const viewerFollowsCommunity: LoaderFactory<string, boolean> = perViewer(
  (dataSource, viewerId) =>
    new DataLoader(async (communityIds) => {
      if (!viewerId) return communityIds.map(() => false);
      const rows = await dataSource.getRepository(CommunityFollow).findBy({ userId: viewerId, communityId: In([...communityIds]) });
      return byKey(communityIds, rows, (r) => r.communityId, () => true, false);
    }),
);
