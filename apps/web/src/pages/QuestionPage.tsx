import { Alert, Spinner } from '@agora/ui';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { AnswerThread } from '../modules/answers/components/AnswerThread';
import { useViewer } from '../modules/auth/hooks/useViewer';
import { NotFound } from '../modules/common/components/NotFound';
import { isStaffRole } from '../modules/auth/permissions';
import { LockedThreadNotice, ThreadNotices } from '../modules/moderation/components/ThreadNotices';
import { useMergedRedirect } from '../modules/moderation/hooks/useMergedRedirect';
import { PageTitle } from '../modules/common/components/PageTitle';
import { useLiveQuestion } from '../modules/live/hooks/useLiveQuestion';
import { useScrollToHash } from '../modules/notifications/hooks/useScrollToHash';
import { QuestionDetail } from '../modules/questions/components/QuestionDetail';
import { useQuestion } from '../modules/questions/hooks/useQuestion';
import { useRecordQuestionView } from '../modules/questions/hooks/useRecordQuestionView';

export function QuestionPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { question, loading, error } = useQuestion(id);
  const { viewer } = useViewer();
  useRecordQuestionView(question?.id ?? null);
  const redirecting = useMergedRedirect(question);
  useLiveQuestion(id, viewer?.id ?? null);
  useScrollToHash(question !== null);

  if (loading || redirecting) return <Spinner label={t('common.loading')} />;
  if (!question) return error ? <Alert>{t('errors.loadFailed')}</Alert> : <NotFound title={t('question.notFound')} />;
  // Hidden for review: members get the placeholder the API sends, without its text or its answers.
  if (question.moderationState === 'HIDDEN' && !question.title) {
    return (
      <div className="question-page">
        <PageTitle>{t('moderation.notice.hiddenQuestion')}</PageTitle>
        <p className="moderation-notice" role="status">
          {t('moderation.notice.hiddenQuestionForMembers')}
        </p>
      </div>
    );
  }
  const viewerId = viewer?.id ?? null;
  const isTip = question.kind === 'USER_TIP';
  return (
    <div className="question-page">
      <PageTitle>{question.title}</PageTitle>
      <nav className="breadcrumb" aria-label={t('nav.breadcrumb')}>
        <Link to={isTip ? `/c/${question.community.slug}?show=tips` : `/c/${question.community.slug}`}>
          {isTip ? t('tips.inCommunity', { name: question.community.name }) : question.community.name}
        </Link>
      </nav>
      <ThreadNotices question={question} />
      <QuestionDetail question={question} viewerId={viewerId} />
      {/* A User Tip is an article: members mark it helpful, nobody answers it. */}
      {isTip ? <p className="tip-note">{t('tips.note')}</p> : (
        <AnswerThread
          question={question}
          viewerId={viewerId}
          // Staff may still answer a locked thread; members read why they cannot.
          answersClosed={question.isLocked && !(viewer && isStaffRole(viewer.role)) ? <LockedThreadNotice /> : undefined}
        />
      )}
    </div>
  );
}
