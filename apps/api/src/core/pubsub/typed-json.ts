/**
 * JSON for events that cross Redis. A Date is written as `{"$date": "<ISO>"}` and read back as a
 * Date, so DateTime fields survive the trip; a string that merely looks like a date stays a string.
 */
export function serializeEvent(payload: unknown): string {
  return JSON.stringify(payload, function (this: Record<string, unknown>, key, value) {
    const original = this[key];
    return original instanceof Date ? { $date: original.toISOString() } : value;
  });
}

export function reviveEvent(_key: string, value: unknown): unknown {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const tagged = value as { $date?: unknown };
    if (typeof tagged.$date === 'string' && Object.keys(value).length === 1) return new Date(tagged.$date);
  }
  return value;
}
