import { badUserInput } from '../graphql/errors';
import { LIMITS } from '@agora/shared';

export interface KeysetPosition {
  createdAt: Date;
  id: string;
}

/** Opaque cursors for (createdAt, id) keyset pages: stable while new rows arrive at the top. */
export function encodeCursor(position: KeysetPosition): string {
  return Buffer.from(JSON.stringify([position.createdAt.toISOString(), position.id])).toString('base64url');
}

export function decodeCursor(cursor: string): KeysetPosition {
  try {
    const [iso, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    const createdAt = new Date(iso);
    if (Number.isNaN(createdAt.getTime()) || !/^[1-9][0-9]*$/.test(id)) throw new Error('bad cursor');
    return { createdAt, id };
  } catch {
    throw badUserInput('"after" is not a cursor this API gave out.', { after: ['is not a valid cursor'] });
  }
}

export function pageSize(first: number | null | undefined): number {
  const size = first ?? LIMITS.page.defaultSize;
  if (!Number.isInteger(size) || size < 1 || size > LIMITS.page.maxSize) {
    throw badUserInput(`"first" must be between 1 and ${LIMITS.page.maxSize}.`, {
      first: [`must be between 1 and ${LIMITS.page.maxSize}`],
    });
  }
  return size;
}
