import { badUserInput } from '../../core/graphql/errors';
import { parseId } from '../../core/graphql/parse-id';

export type PostRef = { kind: 'question'; id: string } | { kind: 'answer'; id: string };

/** Exactly one of questionId and answerId names the post. */
export function postRef(input: { questionId?: string | null; answerId?: string | null }): PostRef {
  if (!!input.questionId === !!input.answerId) {
    throw badUserInput('Give exactly one of questionId and answerId.', { questionId: ['give this or answerId'] });
  }
  return input.questionId ? { kind: 'question', id: parseId(input.questionId, 'questionId') } : { kind: 'answer', id: parseId(input.answerId as string, 'answerId') };
}
