import { type DynamicModule, Global, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { Logger } from 'pino';
import { SqlService } from './common/database/sql.service';
import { InitiativeRolesGuard } from './common/guards/initiative-roles.guard';
import { JwtAuthGuard } from './common/guards/jwt-auth.guard';
import { LOGGER } from './common/logging/logger.provider';
import { ProblemDetailsFilter } from './common/problem/problem-details.filter';
import { RateLimitService } from './common/throttle/rate-limit.service';
import { createValidationPipe } from './common/validation/validation.pipe';
import { APP_CONFIG, type AppConfig } from './config/app-config';
import { dataSourceOptions } from './database/data-source-options';
import { ActionPlanModule } from './modules/action-plan/action-plan.module';
import { AgreementsModule } from './modules/agreements/agreements.module';
import { ArtifactsModule } from './modules/artifacts/artifacts.module';
import { ActorsModule } from './modules/actors/actors.module';
import { AuthModule } from './modules/auth/auth.module';
import { DashboardModule } from './read-models/dashboard/dashboard.module';
import { DemoSeedModule } from './seeds/demo/demo-seed.module';
import { TodosModule } from './read-models/todos/todos.module';
import { ExistingBodiesModule } from './modules/existing-bodies/existing-bodies.module';
import { HealthModule } from './modules/health/health.module';
import { IndicatorsModule } from './modules/indicators/indicators.module';
import { InitiativesModule } from './modules/initiatives/initiatives.module';
import { InvitationsModule } from './modules/invitations/invitations.module';
import { MeasurementsModule } from './modules/measurements/measurements.module';
import { MeasuresModule } from './modules/measures/measures.module';
import { MembersModule } from './modules/members/members.module';
import { PhasesModule } from './modules/phases/phases.module';
import { ReportsModule } from './modules/reports/reports.module';
import { SharedGoalModule } from './modules/shared-goal/shared-goal.module';
import { UsersModule } from './modules/users/users.module';
import { WorkingGroupsModule } from './modules/working-groups/working-groups.module';

export interface AppModuleOptions {
  config: AppConfig;
  databaseUrl: string;
  logger: Logger;
}

@Global()
@Module({})
export class AppModule {
  static forRoot({ config, databaseUrl, logger }: AppModuleOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        TypeOrmModule.forRoot(dataSourceOptions(databaseUrl)),
        AuthModule,
        UsersModule,
        InitiativesModule,
        MembersModule,
        InvitationsModule,
        PhasesModule,
        ActorsModule,
        ExistingBodiesModule,
        SharedGoalModule,
        ArtifactsModule,
        AgreementsModule,
        WorkingGroupsModule,
        IndicatorsModule,
        MeasuresModule,
        MeasurementsModule,
        ActionPlanModule,
        DashboardModule,
        TodosModule,
        ReportsModule,
        HealthModule,
        DemoSeedModule,
      ],
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: LOGGER, useValue: logger },
        SqlService,
        RateLimitService,
        // Order matters: authentication first, then the initiative role check.
        { provide: APP_GUARD, useClass: JwtAuthGuard },
        { provide: APP_GUARD, useClass: InitiativeRolesGuard },
        { provide: APP_FILTER, useClass: ProblemDetailsFilter },
        { provide: APP_PIPE, useFactory: createValidationPipe },
      ],
      exports: [APP_CONFIG, LOGGER, SqlService, RateLimitService],
    };
  }
}
