import type { ButtonHTMLAttributes } from 'react';

export type ButtonVariant = 'primary' | 'secondary' | 'ghost';

export interface ButtonLook {
  variant?: ButtonVariant;
  size?: 'md' | 'sm';
}

/** The button look as a class name, for links that read as actions (such as "Ask a question"). */
export function buttonClassName({ variant = 'secondary', size = 'md' }: ButtonLook = {}, extra?: string): string {
  return ['ui-button', `ui-button--${variant}`, size === 'sm' ? 'ui-button--sm' : '', extra ?? ''].filter(Boolean).join(' ');
}

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement>, ButtonLook {
  /** Shows a spinner and ignores clicks while an action runs. */
  busy?: boolean;
}

export function Button({ variant, size, busy = false, className, type = 'button', disabled, children, ...rest }: ButtonProps) {
  return (
    <button
      type={type}
      className={buttonClassName({ variant, size }, className)}
      disabled={disabled || busy}
      aria-busy={busy || undefined}
      {...rest}
    >
      {busy && <span className="ui-button__spinner" aria-hidden="true" />}
      {children}
    </button>
  );
}
