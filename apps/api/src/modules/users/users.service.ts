import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, QueryFailedError } from 'typeorm';
import { PROBLEM_TYPES, type User } from '@gw/shared/contracts';
import { SqlService } from '../../common/database/sql.service';
import { notFound, ProblemException } from '../../common/problem/problem.exception';
import { UserEntity } from './entities/user.entity';
import { USER_BY_ID, USER_FOR_LOGIN, type UserRow } from './users.queries';

/** What a new account is made of; the password arrives already hashed. */
export interface NewUser {
  email: string;
  displayName: string;
  passwordHash: string;
}

@Injectable()
export class UsersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly sql: SqlService,
  ) {}

  async get(id: string): Promise<User> {
    const [row] = await this.sql.rows<UserRow>(USER_BY_ID, [id]);
    if (!row) throw notFound('The user');
    return toUser(row);
  }

  /** The user, read in the caller's transaction; undefined when the account is gone. */
  async find(manager: EntityManager, id: string): Promise<User | undefined> {
    const [row] = (await manager.query(USER_BY_ID, [id])) as UserRow[];
    return row && toUser(row);
  }

  /** The account with this (lower-case) address and its password hash, if there is one. */
  async findForLogin(email: string): Promise<{ user: User; passwordHash: string } | undefined> {
    const [row] = await this.sql.rows<UserRow & { password_hash: string }>(USER_FOR_LOGIN, [email]);
    return row && { user: toUser(row), passwordHash: row.password_hash };
  }

  /** Creates the account; 409 email-taken when the address already has one. */
  async create(fields: NewUser): Promise<User> {
    try {
      return await this.dataSource.transaction(async (manager) => {
        const { identifiers } = await manager.insert(UserEntity, fields);
        const [row] = (await manager.query(USER_BY_ID, [identifiers[0]?.['id']])) as [UserRow];
        return toUser(row);
      });
    } catch (error) {
      if (
        error instanceof QueryFailedError &&
        (error.driverError as { code?: string }).code === '23505'
      ) {
        throw new ProblemException(409, 'An account with this e-mail address already exists.', {
          type: PROBLEM_TYPES.emailTaken,
        });
      }
      throw error;
    }
  }
}

function toUser(row: UserRow): User {
  return {
    id: row.id,
    email: row.email,
    displayName: row.display_name,
    createdAt: row.created_at.toISOString(),
  };
}
