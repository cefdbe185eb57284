/** Pub/sub channel names: one per aggregate, so an instance only hears about what its sockets watch. */
export const liveTopics = {
  answerPosted: (questionId: string) => `answerPosted:${questionId}`,
  answerUpdated: (questionId: string) => `answerUpdated:${questionId}`,
  questionUpdated: (questionId: string) => `questionUpdated:${questionId}`,
  notificationReceived: (userId: string) => `notificationReceived:${userId}`,
  /** Every instance listens here and keeps its own copy of who is writing where. */
  composing: 'composing',
};
