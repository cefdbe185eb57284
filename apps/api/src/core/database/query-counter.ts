import { Logger as NestLogger } from '@nestjs/common';
import { Logger } from 'typeorm';

/**
 * Counts the SQL statements TypeORM sends, so tests and benchmarks can prove a page costs a bounded
 * number of round trips. It also logs slow queries and failures.
 */
export class QueryCounter implements Logger {
  private readonly logger = new NestLogger('SQL');
  count = 0;

  logQuery(): void {
    this.count++;
  }

  logQueryError(error: string | Error, query: string): void {
    this.count++;
    this.logger.debug(`${error instanceof Error ? error.message : error} in: ${query}`);
  }

  logQuerySlow(time: number, query: string): void {
    this.logger.warn(`${time} ms: ${query}`);
  }

  logSchemaBuild(): void {
    /* schema building is never used: migrations own the schema */
  }

  logMigration(message: string): void {
    this.logger.log(message);
  }

  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') this.logger.warn(String(message));
  }
}
