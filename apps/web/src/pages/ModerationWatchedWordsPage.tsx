import { Alert, Button, Card, EmptyState, Spinner } from '@agora/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useViewer } from '../modules/auth/hooks/useViewer';
import { ModerationArea } from '../modules/moderation/components/ModerationArea';
import { WatchedWordForm } from '../modules/moderation/components/WatchedWordForm';
import { useWatchedWords } from '../modules/moderation/hooks/useWatchedWords';

/** `/moderation/watched-words`: the automatic filter list; administrators add and remove words. */
export function ModerationWatchedWordsPage() {
  const { t } = useTranslation();
  return (
    <ModerationArea title={t('moderation.words.title')} description={t('moderation.words.intro')}>
      <WatchedWords />
    </ModerationArea>
  );
}

function WatchedWords() {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const { words, loading, error, add, remove } = useWatchedWords();
  const [failed, setFailed] = useState(false);
  const isAdmin = viewer?.role === 'ADMIN';

  return (
    <>
      {isAdmin && (
        <Card>
          <h2 className="section-heading">{t('moderation.words.addTitle')}</h2>
          <WatchedWordForm onAdd={add} />
        </Card>
      )}
      <Card>
        {failed && <Alert>{t('errors.actionFailed')}</Alert>}
        {loading && <Spinner label={t('common.loading')} />}
        {error && <Alert>{t('errors.loadFailed')}</Alert>}
        {!loading && !error && words.length === 0 && <EmptyState title={t('moderation.words.empty')} />}
        {words.length > 0 && (
          <table className="moderation-table">
            <caption className="ui-visually-hidden">{t('moderation.words.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('moderation.words.word')}</th>
                <th scope="col">{t('moderation.words.action')}</th>
                <th scope="col">{t('moderation.words.rule')}</th>
                {isAdmin && <th scope="col">{t('moderation.words.remove')}</th>}
              </tr>
            </thead>
            <tbody>
              {words.map((word) => (
                <tr key={word.id}>
                  <td>{word.word}</td>
                  <td>
                    {t(`moderation.words.actions.${word.action}`)}
                    {word.replacement && ` → ${word.replacement}`}
                  </td>
                  <td>{word.rule}</td>
                  {isAdmin && (
                    <td>
                      <Button
                        size="sm"
                        variant="ghost"
                        aria-label={t('moderation.words.removeWord', { word: word.word })}
                        onClick={() => {
                          setFailed(false);
                          remove(word.id).catch(() => setFailed(true));
                        }}
                      >
                        {t('moderation.words.remove')}
                      </Button>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Card>
    </>
  );
}
