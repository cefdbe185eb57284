import { badUserInput } from './errors';

const ID_PATTERN = /^[1-9][0-9]{0,17}$/;

/** Ids are PostgreSQL bigints; anything else is refused before it reaches SQL. */
export function parseId(value: string, argumentName = 'id'): string {
  if (typeof value !== 'string' || !ID_PATTERN.test(value)) {
    throw badUserInput(`"${argumentName}" is not a valid id.`, { [argumentName]: ['is not a valid id'] });
  }
  return value;
}
