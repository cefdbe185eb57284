import { Controller, Get, HttpCode, ServiceUnavailableException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { subscriptionCounters } from '../pubsub/shared-execution';

/** The fan-out benchmark's view of how many subscription executions ran (never set in production). */
const reportCounters = process.env.BENCH_COUNTERS === '1';

@Controller('health')
export class HealthController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** 200 once the database answers; load balancers and the e2e runner wait on it. */
  @Get()
  @HttpCode(200)
  async check(): Promise<{ status: 'ok'; subscriptionExecutions?: number }> {
    try {
      await this.dataSource.query('SELECT 1');
      return reportCounters ? { status: 'ok', subscriptionExecutions: subscriptionCounters.executions } : { status: 'ok' };
    } catch {
      throw new ServiceUnavailableException({ status: 'database unreachable' });
    }
  }
}
