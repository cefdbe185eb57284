import { ToggleButton } from '@agora/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { withReturnTo } from '../../../lib/returnTo';
import { useCurrentPath } from '../hooks/useCurrentPath';

export interface VoteToggleProps {
  label: string;
  count: number;
  pressed: boolean;
  pending: boolean;
  toggle: () => Promise<unknown>;
  className: string;
}

/** A vote a member can give and take back ("me too", "helpful"), with its count and a message if it fails. */
export function VoteToggle({ label, count, pressed, pending, toggle, className }: VoteToggleProps) {
  const { t } = useTranslation();
  const [failed, setFailed] = useState(false);
  const onClick = () => {
    setFailed(false);
    toggle().catch(() => setFailed(true));
  };
  return (
    <div className={className}>
      <ToggleButton pressed={pressed} disabled={pending} onClick={onClick}>
        {label}
        <span className="count-pill">{count}</span>
      </ToggleButton>
      {failed && (
        <span className="inline-error" role="alert">
          {t('errors.actionFailed')}
        </span>
      )}
    </div>
  );
}

/** What signed-out readers see instead of a vote: the count, and a way to sign in that returns here. */
export function SignInToVote({ countText, linkText, className }: { countText: string; linkText: string; className: string }) {
  const here = useCurrentPath();
  return (
    <p className={className}>
      <span>{countText}</span> <Link to={withReturnTo('/signin', here)}>{linkText}</Link>
    </p>
  );
}
