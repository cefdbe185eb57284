const STORAGE_KEY = 'agora.authToken';
const listeners = new Set<() => void>();

function notify(): void {
  for (const listener of listeners) listener();
}

/** Private browsing modes may refuse storage; the app then works signed out. */
export function readAuthToken(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

export function saveAuthToken(token: string): void {
  localStorage.setItem(STORAGE_KEY, token);
  notify();
}

export function clearAuthToken(): void {
  try {
    localStorage.removeItem(STORAGE_KEY);
  } finally {
    notify();
  }
}

/** For useSyncExternalStore; also follows sign-ins and sign-outs in other tabs. */
export function subscribeToAuthToken(listener: () => void): () => void {
  const onStorage = (event: StorageEvent) => {
    if (event.key === STORAGE_KEY || event.key === null) listener();
  };
  listeners.add(listener);
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}
