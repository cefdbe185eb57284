import { Privilege, PRIVILEGE_LEVELS } from '@agora/shared';
import { Alert, Card, Spinner } from '@agora/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { PostKind } from '../generated/graphql';
import { SignInPrompt } from '../modules/auth/components/SignInPrompt';
import { useViewer } from '../modules/auth/hooks/useViewer';
import { viewerCan } from '../modules/auth/permissions';
import { PageTitle } from '../modules/common/components/PageTitle';
import { AskQuestionForm } from '../modules/questions/components/AskQuestionForm';
import { PostKindChoice } from '../modules/questions/components/PostKindChoice';

/** `/ask`, or `/ask?kind=tip` for a User Tip; members who have not unlocked tips always get the question form. */
export function AskPage() {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const { viewer, loading } = useViewer();
  const canWriteTips = viewerCan(viewer, Privilege.WRITE_USER_TIPS);
  const wantsTip = searchParams.get('kind') === 'tip';
  const kindInUrl: PostKind = wantsTip && canWriteTips ? 'USER_TIP' : 'QUESTION';
  // The router applies URL changes in a transition; until it lands, the radio shows the choice just made.
  const [choice, setChoice] = useState<{ kind: PostKind; madeAt: PostKind } | null>(null);
  const kind = choice?.madeAt === kindInUrl ? choice.kind : kindInUrl;

  const chooseKind = (next: PostKind) => {
    setChoice({ kind: next, madeAt: kindInUrl });
    const params = new URLSearchParams(searchParams);
    if (next === 'USER_TIP') params.set('kind', 'tip');
    else params.delete('kind');
    setSearchParams(params, { replace: true });
  };

  const heading = kind === 'USER_TIP' ? t('tips.heading') : t('ask.heading');
  return (
    <div className="narrow">
      <PageTitle>{heading}</PageTitle>
      <h1 className="page-title">{heading}</h1>
      <p className="page-intro">{kind === 'USER_TIP' ? t('tips.intro') : t('ask.intro')}</p>
      {viewer && wantsTip && !canWriteTips && (
        <div className="page-notice">
          <Alert tone="info">{t('tips.locked', { level: PRIVILEGE_LEVELS[Privilege.WRITE_USER_TIPS] })}</Alert>
        </div>
      )}
      <Card>
        {loading ? (
          <Spinner label={t('common.loading')} />
        ) : viewer ? (
          <AskQuestionForm
            initialCommunitySlug={searchParams.get('community') ?? ''}
            kind={kind}
            kindChoice={canWriteTips ? <PostKindChoice value={kind} onChange={chooseKind} /> : undefined}
          />
        ) : (
          <SignInPrompt message={wantsTip ? t('tips.signInToWrite') : t('ask.signInToAsk')} />
        )}
      </Card>
    </div>
  );
}
