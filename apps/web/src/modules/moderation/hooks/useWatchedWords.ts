import { useMutation, useQuery } from '@apollo/client/react';
import { AddWatchedWordDocument, type AddWatchedWordInput, RemoveWatchedWordDocument, WatchedWordsDocument } from '../../../generated/graphql';

/** The filter list (staff read it, administrators change it). */
export function useWatchedWords() {
  const { data, loading, error } = useQuery(WatchedWordsDocument, { fetchPolicy: 'cache-and-network' });
  const [add] = useMutation(AddWatchedWordDocument, { refetchQueries: [WatchedWordsDocument] });
  const [remove] = useMutation(RemoveWatchedWordDocument, { refetchQueries: [WatchedWordsDocument] });
  return {
    words: data?.watchedWords ?? [],
    loading: loading && !data,
    error: data ? undefined : error,
    add: async (input: AddWatchedWordInput) => void (await add({ variables: { input } })),
    remove: async (id: string) => void (await remove({ variables: { id } })),
  };
}
