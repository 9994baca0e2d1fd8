import { ApiProperty } from '@nestjs/swagger';
import { type Member, type Role, ROLES } from '@gw/shared/contracts';
import { PageSchema } from '../../common/swagger/page.schema';

export class MemberSchema implements Member {
  @ApiProperty({ format: 'uuid', description: "The membership's id" })
  id!: string;

  @ApiProperty({ format: 'uuid' })
  userId!: string;

  @ApiProperty()
  email!: string;

  @ApiProperty()
  displayName!: string;

  @ApiProperty({ enum: ROLES })
  role!: Role;

  @ApiProperty({ example: 1 })
  version!: number;

  @ApiProperty({ format: 'date-time' })
  joinedAt!: string;
}

export const MemberPageSchema = PageSchema(MemberSchema, 'MemberPage');
