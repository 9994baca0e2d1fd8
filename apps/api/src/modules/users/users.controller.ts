import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { User } from '@gw/shared/contracts';
import type { AuthenticatedUser } from '../../common/auth-context';
import { CurrentUser } from '../../common/decorators/current-user.decorator';
import { ApiProblems } from '../../common/swagger/api-problems.decorator';
import { UserSchema } from './user.schema';
import { UsersService } from './users.service';

@ApiTags('auth')
@ApiBearerAuth()
@Controller('me')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @ApiOperation({ summary: 'The logged-in user' })
  @ApiOkResponse({ type: UserSchema })
  @ApiProblems(401, 404)
  me(@CurrentUser() user: AuthenticatedUser): Promise<User> {
    return this.users.get(user.id);
  }
}
