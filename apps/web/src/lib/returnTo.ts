/** Where to go after signing in: only paths inside this app, so a crafted link cannot send people elsewhere. */
export function safeReturnTo(value: string | null): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return '/';
  return value;
}

export function withReturnTo(path: '/signin' | '/signup', returnTo: string): string {
  return returnTo === '/' ? path : `${path}?${new URLSearchParams({ returnTo })}`;
}
