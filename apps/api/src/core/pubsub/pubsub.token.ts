/** The one PubSubEngine of the process: in memory alone, Redis when REDIS_URL is set. */
export const PUB_SUB = Symbol('PUB_SUB');
