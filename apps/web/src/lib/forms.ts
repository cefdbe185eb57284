export type FieldErrors<Field extends string> = Partial<Record<Field, string>>;

export function hasErrors<Field extends string>(errors: FieldErrors<Field>): boolean {
  return Object.values(errors).some(Boolean);
}

/** Moves focus to the first field with an error, so keyboard and screen reader users land on it. */
export function focusFirstInvalid<Field extends string>(form: HTMLFormElement, errors: FieldErrors<Field>, order: readonly Field[]): void {
  const first = order.find((field) => errors[field]);
  const element = first ? form.elements.namedItem(first) : null;
  if (element instanceof HTMLElement) element.focus();
}
