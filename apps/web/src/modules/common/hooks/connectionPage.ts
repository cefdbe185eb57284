interface Connection<Node> {
  edges: { node: Node }[];
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

/**
 * The nodes of a Relay-style connection and a way to fetch the next page after them; the Apollo
 * cache joins the pages (see apolloClient).
 */
export function connectionPage<Node>(
  connection: Connection<Node> | null | undefined,
  fetchMore: (options: { variables: { after: string | null | undefined } }) => Promise<unknown>,
) {
  return {
    nodes: connection?.edges.map((edge) => edge.node) ?? [],
    hasMore: connection?.pageInfo.hasNextPage ?? false,
    loadMore: () => {
      if (!connection?.pageInfo.hasNextPage) return;
      void fetchMore({ variables: { after: connection.pageInfo.endCursor } });
    },
  };
}
