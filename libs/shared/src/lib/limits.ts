export const LIMITS = {
  password: { min: 8, max: 200 },
  displayName: { min: 2, max: 40 },
  email: { max: 254 },
  questionTitle: { min: 10, max: 200 },
  questionBody: { min: 1, max: 50_000 },
  answerBody: { min: 1, max: 50_000 },
  tags: { maxCount: 5, maxLength: 30 },
  page: { defaultSize: 20, maxSize: 100 },
} as const;

/** Tags are lower-case words joined by dashes: `wi-fi`, `battery`, `ios-18`. */
export const TAG_PATTERN = /^[a-z0-9]+(?:[-.][a-z0-9]+)*$/;

export function normaliseTag(raw: string): string {
  return raw
    .trim()
    .toLowerCase()
    .replace(/\s+/g, '-');
}
