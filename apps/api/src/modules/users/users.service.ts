import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import type { User } from '@gw/shared/contracts';
import { notFound } from '../../common/problem/problem.exception';
import { UserEntity } from './entities/user.entity';
import { toUser } from './user.schema';

@Injectable()
export class UsersService {
  constructor(@InjectRepository(UserEntity) private readonly users: Repository<UserEntity>) {}

  async get(id: string): Promise<User> {
    const user = await this.users.findOneBy({ id });
    if (!user) throw notFound('The user');
    return toUser(user);
  }
}
