import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { ServerError } from '@apollo/client/errors';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { isSubscriptionOperation, relayStylePagination } from '@apollo/client/utilities';
import { createLiveLink } from '../modules/live/liveLink';
import { clearAuthToken, readAuthToken } from './authToken';

const authLink = new SetContextLink(({ headers }) => {
  const token = readAuthToken();
  return { headers: { ...headers, authorization: token ? `Bearer ${token}` : '' } };
});

/**
 * The API answers HTTP 401 to a token it no longer accepts (expired, or signed with another secret); other
 * UNAUTHENTICATED errors, such as a wrong password, come with 200 and must not end the session.
 */
const rejectedTokenLink = new ErrorLink(({ error, operation, forward }) => {
  const context = operation.getContext();
  const status = ServerError.is(error) ? error.statusCode : context.response?.status;
  if (Boolean(context.headers?.authorization) && status === 401) {
    clearAuthToken();
    return forward(operation);
  }
  return undefined;
});

export function createApolloClient(): ApolloClient {
  // After a dropped connection, events sent while it was down are lost: read the shown pages again.
  const liveLink = createLiveLink({ onReconnected: () => void client.refetchQueries({ include: 'active' }) });
  const httpLink = ApolloLink.from([rejectedTokenLink, authLink, new HttpLink({ uri: '/graphql' })]);
  const client: ApolloClient = new ApolloClient({
    link: ApolloLink.split(({ query }) => isSubscriptionOperation(query), liveLink, httpLink),
    cache: new InMemoryCache({
      typePolicies: {
        Query: {
          fields: {
            // Every filter and the order name a list of its own; only `first` and `after` page through one.
            questions: relayStylePagination(['communityId', 'authorId', 'solved', 'tag', 'kind', 'answered', 'olderThanDays', 'order']),
            search: relayStylePagination(['query', 'sort']),
            moderationQueue: relayStylePagination(['filter']),
            auditLog: relayStylePagination(['filter']),
            notifications: relayStylePagination(['unreadOnly']),
          },
        },
        User: {
          fields: {
            // One history per member; "Load more" appends the next page after the cursor it asked from.
            reputationHistory: relayStylePagination(),
          },
        },
        Question: {
          fields: {
            // Views only go up: a page query read before this visit was counted must not undo the count.
            viewCount: { merge: (existing: number | undefined, incoming: number) => Math.max(existing ?? 0, incoming) },
          },
        },
      },
    }),
  });
  return client;
}
