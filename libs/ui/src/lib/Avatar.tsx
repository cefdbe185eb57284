export interface AvatarProps {
  name: string;
  size?: 'sm' | 'md' | 'lg';
}

/** "Camille (Lumen)" → "CL": the first letter or digit of the first and last words. */
function initialsOf(name: string): string {
  const initials = name
    .split(/\s+/)
    .map((word) => /[\p{L}\p{N}]/u.exec(word)?.[0])
    .filter((initial): initial is string => Boolean(initial));
  const picked = initials.length > 1 ? [initials[0], initials[initials.length - 1]] : initials;
  return picked.join('').toUpperCase();
}

/** The same name always gets the same colour. */
function hueOf(name: string): number {
  let hash = 0;
  for (const char of name) hash = (hash * 31 + (char.codePointAt(0) ?? 0)) % 360;
  return hash;
}

/** Decorative: the name is always written next to it. */
export function Avatar({ name, size = 'md' }: AvatarProps) {
  return (
    <span className={`ui-avatar ui-avatar--${size}`} style={{ backgroundColor: `hsl(${hueOf(name)} 40% 40%)` }} aria-hidden="true">
      {initialsOf(name)}
    </span>
  );
}
