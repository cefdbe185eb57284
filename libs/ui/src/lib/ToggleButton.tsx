import { Button, type ButtonProps } from './Button';
import { CheckIcon } from './CheckIcon';

export interface ToggleButtonProps extends Omit<ButtonProps, 'variant' | 'aria-pressed'> {
  pressed: boolean;
}

/** A two-state button ("Helpful", "I have this question too"); assistive technology hears it as pressed or not. */
/** Pressed shows a check mark as well as a colour, so the state does not rely on colour alone. */
export function ToggleButton({ pressed, className, children, ...rest }: ToggleButtonProps) {
  return (
    <Button
      variant="secondary"
      aria-pressed={pressed}
      className={['ui-toggle', pressed ? 'ui-toggle--pressed' : '', className ?? ''].filter(Boolean).join(' ')}
      {...rest}
    >
      {pressed && <CheckIcon />}
      {children}
    </Button>
  );
}
