import { useMutation } from '@apollo/client/react';
import { SignUpDocument, type SignUpInput } from '../../../generated/graphql';
import { useSession } from './useSession';

export function useSignUp() {
  const [signUp] = useMutation(SignUpDocument);
  const session = useSession();
  return async (input: SignUpInput) => {
    const { data } = await signUp({ variables: { input } });
    if (data) await session.start(data.signUp.token);
  };
}
