import { Avatar } from '@agora/ui';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { AnswerFieldsFragment } from '../../../generated/graphql';
import { UserLevelBadge } from './UserLevelBadge';

type Author = AnswerFieldsFragment['author'];

/** "Avatar Name [Level 3] · details": who wrote a question or answer. */
export function AuthorLine({ author, children }: { author: Author; children?: ReactNode }) {
  return (
    <div className="author-line">
      <Avatar name={author.displayName} size="sm" />
      <Link className="author-line__name" to={`/users/${author.id}`}>
        {author.displayName}
      </Link>
      <UserLevelBadge level={author.level} />
      {children && <span className="author-line__details">{children}</span>}
    </div>
  );
}
