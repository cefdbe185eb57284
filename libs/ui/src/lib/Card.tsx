import type { HTMLAttributes } from 'react';

export interface CardProps extends HTMLAttributes<HTMLElement> {
  as?: 'div' | 'section' | 'article' | 'aside';
}

export function Card({ as: Element = 'div', className, ...rest }: CardProps) {
  return <Element className={className ? `ui-card ${className}` : 'ui-card'} {...rest} />;
}
