import { ValidationError, ValidationPipe } from '@nestjs/common';
import { badUserInput } from './errors';

/** Validates every @InputType with class-validator and reports all failures as one BAD_USER_INPUT. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    transform: true,
    // GraphQL already refuses unknown fields; whitelisting would drop undecorated args.
    whitelist: false,
    forbidUnknownValues: false,
    exceptionFactory: (errors) => {
      const fields = collectMessages(errors);
      const summary = Object.entries(fields)
        .map(([field, messages]) => `${field} ${messages.join(', ')}`)
        .join('; ');
      return badUserInput(`Invalid input: ${summary}.`, fields);
    },
  });
}

function collectMessages(errors: ValidationError[], prefix = ''): Record<string, string[]> {
  const fields: Record<string, string[]> = {};
  for (const error of errors) {
    const path = prefix ? `${prefix}.${error.property}` : error.property;
    if (error.constraints) fields[path] = Object.values(error.constraints).map((m) => stripProperty(m, error.property));
    Object.assign(fields, collectMessages(error.children ?? [], path));
  }
  return fields;
}

/** class-validator messages start with the property name; the key already says it. */
function stripProperty(message: string, property: string): string {
  return message.startsWith(`${property} `) ? message.slice(property.length + 1) : message;
}
