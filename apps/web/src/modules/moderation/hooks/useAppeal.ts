import { useMutation } from '@apollo/client/react';
import { AppealModerationActionDocument, MyModerationActionsDocument } from '../../../generated/graphql';

/** Appeals one action, once; the member's list is read again so the appeal shows in it. */
export function useAppeal() {
  const [appeal] = useMutation(AppealModerationActionDocument, { refetchQueries: [MyModerationActionsDocument] });
  return async (actionId: string, message: string) => {
    await appeal({ variables: { input: { actionId, message } } });
  };
}
