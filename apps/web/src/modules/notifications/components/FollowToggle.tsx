import { ToggleButton } from '@agora/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FollowState } from '../hooks/useFollow';

export interface FollowToggleProps {
  state: FollowState;
  label: string;
  /** What following brings, shown as the button's tooltip. */
  hint: string;
}

/** "Follow", pressed while the viewer follows. */
export function FollowToggle({ state, label, hint }: FollowToggleProps) {
  const { t } = useTranslation();
  const [failed, setFailed] = useState(false);
  const toggle = () => {
    setFailed(false);
    state.toggle().catch(() => setFailed(true));
  };
  return (
    <>
      <ToggleButton size="sm" pressed={state.following} busy={state.pending} title={hint} onClick={toggle}>
        {label}
      </ToggleButton>
      {failed && (
        <span className="inline-error" role="alert">
          {t('errors.actionFailed')}
        </span>
      )}
    </>
  );
}
