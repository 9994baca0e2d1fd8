import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MailModule } from '../mail/mail.module';
import { InvitationEntity } from './entities/invitation.entity';
import { InitiativeInvitationsController, InvitationsController } from './invitations.controller';
import { InvitationsService } from './invitations.service';

@Module({
  imports: [TypeOrmModule.forFeature([InvitationEntity]), MailModule],
  controllers: [InitiativeInvitationsController, InvitationsController],
  providers: [InvitationsService],
})
export class InvitationsModule {}
