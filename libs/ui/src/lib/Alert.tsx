import type { ReactNode } from 'react';

export interface AlertProps {
  tone?: 'error' | 'info' | 'success';
  title?: ReactNode;
  children?: ReactNode;
}

/** Errors interrupt screen readers (role "alert"); other news waits politely (role "status"). */
export function Alert({ tone = 'error', title, children }: AlertProps) {
  return (
    <div className={`ui-alert ui-alert--${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      {title && <p className="ui-alert__title">{title}</p>}
      {children && <div className="ui-alert__body">{children}</div>}
    </div>
  );
}
