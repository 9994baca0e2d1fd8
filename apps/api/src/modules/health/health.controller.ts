import { Controller, Get, Res } from '@nestjs/common';
import {
  ApiOkResponse,
  ApiOperation,
  ApiProperty,
  ApiServiceUnavailableResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { DataSource } from 'typeorm';
import type { Health } from '@gw/shared/contracts';
import { Public } from '../../common/decorators/public.decorator';
import { DATABASE_RETRY_AFTER_SECONDS } from '../../common/problem/problem-details.filter';

class HealthSchema implements Health {
  @ApiProperty({ enum: ['ok', 'error'] })
  status!: 'ok' | 'error';

  @ApiProperty({ enum: ['up', 'down'] })
  db!: 'up' | 'down';
}

const DB_TIMEOUT_MS = 2_000;

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(private readonly dataSource: DataSource) {}

  @Get()
  @Public()
  @ApiOperation({ summary: 'Liveness and database check for load balancers' })
  @ApiOkResponse({ type: HealthSchema })
  @ApiServiceUnavailableResponse({
    type: HealthSchema,
    description: 'The database does not answer',
  })
  async check(@Res({ passthrough: true }) reply: FastifyReply): Promise<Health> {
    const up = await this.databaseAnswers();
    if (!up) void reply.status(503).header('Retry-After', String(DATABASE_RETRY_AFTER_SECONDS));
    return { status: up ? 'ok' : 'error', db: up ? 'up' : 'down' };
  }

  private async databaseAnswers(): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<false>((resolve) => {
      timer = setTimeout(() => resolve(false), DB_TIMEOUT_MS);
    });
    const query = this.dataSource
      .query('SELECT 1')
      .then(() => true)
      .catch(() => false);
    try {
      return await Promise.race([query, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }
}
