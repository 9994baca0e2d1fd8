import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AuditAction, AuditEvent, Page } from '@gw/shared/contracts';
import type { AuthenticatedUser } from '../../common/auth-context';
import { SqlService } from '../../common/database/sql.service';
import type { PageQueryDto } from '../../common/pagination/page-query.dto';
import { ALL_EVENTS, EVENT_COUNT, type EventRow, EVENTS_PAGE } from './artifacts.queries';
import { ArtifactEventEntity } from './entities/artifact-event.entity';

export interface AuditEntry {
  artifactId: string;
  versionNumber: number | null;
  actor: AuthenticatedUser | null;
  action: AuditAction;
  contentHash: string | null;
  detail?: Record<string, string>;
}

/** The append-only audit trail of each artifact: who did what, when, to which version (hash). */
@Injectable()
export class AuditService {
  constructor(private readonly sql: SqlService) {}

  /** Written in the caller's transaction, so that the trail and the change commit together. */
  async record(manager: EntityManager, entry: AuditEntry): Promise<void> {
    await manager.insert(ArtifactEventEntity, {
      artifactId: entry.artifactId,
      versionNumber: entry.versionNumber,
      actorUserId: entry.actor?.id ?? null,
      actorName: entry.actor?.displayName ?? null,
      action: entry.action,
      contentHash: entry.contentHash,
      detail: entry.detail ?? {},
    });
  }

  /** Oldest first, as a trail is read. */
  async list(artifactId: string, query: PageQueryDto): Promise<Page<AuditEvent>> {
    const rows = await this.sql.rows<EventRow>(EVENTS_PAGE, [
      artifactId,
      query.pageSize,
      query.offset,
    ]);
    return {
      items: rows.map(toAuditEvent),
      total: rows[0] ? Number(rows[0].total) : await this.count(artifactId, query.offset),
      page: query.page,
      pageSize: query.pageSize,
    };
  }

  async all(artifactId: string): Promise<AuditEvent[]> {
    const rows = await this.sql.rows<EventRow>(ALL_EVENTS, [artifactId]);
    return rows.map(toAuditEvent);
  }

  private async count(artifactId: string, offset: number): Promise<number> {
    if (offset === 0) return 0;
    const [row] = await this.sql.rows<{ total: string }>(EVENT_COUNT, [artifactId]);
    return Number(row?.total ?? 0);
  }
}

function toAuditEvent(row: EventRow): AuditEvent {
  return {
    id: String(row.id),
    at: row.created_at.toISOString(),
    actor: row.actor_name ? { userId: row.actor_user_id ?? '', displayName: row.actor_name } : null,
    action: row.action,
    versionNumber: row.version_number,
    contentHash: row.content_hash,
    detail: row.detail,
  };
}
