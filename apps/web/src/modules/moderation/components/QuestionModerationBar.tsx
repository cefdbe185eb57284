import type { QuestionDetailFieldsFragment } from '../../../generated/graphql';
import { ReportButton } from './ReportButton';
import { StaffPostActions } from './StaffPostActions';
import { ThreadActions } from './ThreadActions';

/** What the question's footer offers about moderation: report it, or (staff) act on the post and the thread. */
export function QuestionModerationBar({ question }: { question: QuestionDetailFieldsFragment }) {
  return (
    <>
      <ReportButton target={{ questionId: question.id }} authorId={question.author.id} viewerHasReported={question.viewerHasReported} />
      <StaffPostActions target={{ questionId: question.id }} state={question.moderationState} />
      {question.kind === 'QUESTION' && <ThreadActions question={question} />}
    </>
  );
}
