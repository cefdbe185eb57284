import { useMutation, useQuery } from '@apollo/client/react';
import {
  CommunityFollowDocument,
  FollowCommunityDocument,
  FollowQuestionDocument,
  QuestionFollowDocument,
  UnfollowCommunityDocument,
  UnfollowQuestionDocument,
} from '../../../generated/graphql';

export interface FollowState {
  following: boolean;
  pending: boolean;
  /** Follows or unfollows; rejects with the API error. */
  toggle: () => Promise<void>;
}

/** For a signed-in viewer: whether they follow a question (asking or answering follows it too). */
export function useQuestionFollow(questionId: string): FollowState {
  const { data } = useQuery(QuestionFollowDocument, { variables: { id: questionId }, fetchPolicy: 'cache-and-network' });
  const [follow, followResult] = useMutation(FollowQuestionDocument);
  const [unfollow, unfollowResult] = useMutation(UnfollowQuestionDocument);
  const following = data?.question?.viewerFollows ?? false;
  return {
    following,
    pending: followResult.loading || unfollowResult.loading,
    toggle: async () => {
      const variables = { questionId };
      await (following ? unfollow({ variables }) : follow({ variables }));
    },
  };
}

/** For a signed-in viewer: whether they hear about each new question in a community. */
export function useCommunityFollow(slug: string): FollowState & { communityId: string | null } {
  const { data } = useQuery(CommunityFollowDocument, { variables: { slug }, fetchPolicy: 'cache-and-network' });
  const [follow, followResult] = useMutation(FollowCommunityDocument);
  const [unfollow, unfollowResult] = useMutation(UnfollowCommunityDocument);
  const community = data?.community ?? null;
  const following = community?.viewerFollows ?? false;
  return {
    communityId: community?.id ?? null,
    following,
    pending: followResult.loading || unfollowResult.loading,
    toggle: async () => {
      if (!community) return;
      const variables = { communityId: community.id };
      await (following ? unfollow({ variables }) : follow({ variables }));
    },
  };
}
