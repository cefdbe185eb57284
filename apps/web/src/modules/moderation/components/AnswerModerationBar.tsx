import type { AnswerFieldsFragment } from '../../../generated/graphql';
import { ReportButton } from './ReportButton';
import { StaffPostActions } from './StaffPostActions';

/** What an answer's footer offers about moderation: report it, or (staff) recommend, hide, remove or restore it. */
export function AnswerModerationBar({ answer }: { answer: AnswerFieldsFragment }) {
  return (
    <>
      <ReportButton target={{ answerId: answer.id }} authorId={answer.author.id} viewerHasReported={answer.viewerHasReported} />
      <StaffPostActions target={{ answerId: answer.id }} state={answer.moderationState} recommended={answer.recommendedAt !== null} />
    </>
  );
}
