import { useTranslation } from 'react-i18next';
import { useComposingPeople } from '../hooks/useComposing';
import '../live.css';

/** "Ada is writing an answer", "2 people are writing an answer"; nothing while nobody is. */
export function ComposingIndicator({ questionId }: { questionId: string }) {
  const { t } = useTranslation();
  const people = useComposingPeople(questionId);
  return (
    <p className="composing" role="status">
      {people.length === 1 && t('live.composing.one', { name: people[0].displayName })}
      {people.length > 1 && t('live.composing.many', { count: people.length })}
    </p>
  );
}
