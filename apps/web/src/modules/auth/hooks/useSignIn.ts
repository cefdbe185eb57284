import { useMutation } from '@apollo/client/react';
import { SignInDocument, type SignInInput } from '../../../generated/graphql';
import { useSession } from './useSession';

export function useSignIn() {
  const [signIn] = useMutation(SignInDocument);
  const session = useSession();
  return async (input: SignInInput) => {
    const { data } = await signIn({ variables: { input } });
    if (data) await session.start(data.signIn.token);
  };
}
