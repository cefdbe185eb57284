import { useMutation } from '@apollo/client/react';
import { type ReportInput, SubmitReportDocument } from '../../../generated/graphql';

/** Reports a post or a member; the question page is read again so "Reported" shows. */
export function useSubmitReport() {
  const [submit] = useMutation(SubmitReportDocument, { refetchQueries: ['QuestionPage'] });
  return async (input: ReportInput) => {
    await submit({ variables: { input } });
  };
}
