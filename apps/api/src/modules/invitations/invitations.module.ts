import { Module } from '@nestjs/common';
import { InitiativesModule } from '../initiatives/initiatives.module';
import { MailModule } from '../mail/mail.module';
import { MembersModule } from '../members/members.module';
import { InitiativeInvitationsController, InvitationsController } from './invitations.controller';
import { InvitationsService } from './invitations.service';

@Module({
  imports: [InitiativesModule, MembersModule, MailModule],
  controllers: [InitiativeInvitationsController, InvitationsController],
  providers: [InvitationsService],
})
export class InvitationsModule {}
