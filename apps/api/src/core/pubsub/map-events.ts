/**
 * `stream` with each event passed through `map`. Hand-written rather than an async generator: a
 * generator waiting for the next event cannot be stopped until one arrives, while this forwards
 * `return()` at once, so an unsubscribed client frees its pub/sub subscription immediately.
 */
export function mapEvents<T, R>(stream: AsyncIterator<T>, map: (event: T) => Promise<R>): AsyncIterableIterator<R> {
  return {
    async next() {
      const result = await stream.next();
      return result.done ? { done: true, value: undefined } : { done: false, value: await map(result.value) };
    },
    async return() {
      await stream.return?.();
      return { done: true, value: undefined };
    },
    async throw(error: unknown) {
      await stream.return?.();
      throw error;
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}

/** `first`, then whatever `rest` yields; `return()` stops `rest`. */
export function startWith<T>(first: T, rest: AsyncIterator<T>): AsyncIterableIterator<T> {
  let pending: { value: T } | null = { value: first };
  return {
    next() {
      if (!pending) return rest.next();
      const { value } = pending;
      pending = null;
      return Promise.resolve({ done: false, value });
    },
    async return() {
      await rest.return?.();
      return { done: true, value: undefined };
    },
    async throw(error: unknown) {
      await rest.return?.();
      throw error;
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}
