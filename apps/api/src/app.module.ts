import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { HttpErrorFilter } from './common/http-error.filter';
import { APP_CONFIG, type AppConfig } from './config/config';
import { dataSourceOptions } from './database/data-source';
import { AuditModule } from './modules/audit/audit.module';
import { AuthModule } from './modules/auth/auth.module';
import { SsoModule } from './modules/sso/sso.module';
import { GrievancesModule } from './modules/grievances/grievances.module';
import { HealthModule } from './modules/health/health.module';
import { JobsModule } from './modules/jobs/jobs.module';
import { MailCatcher } from './modules/mail/mail-catcher';
import { MailModule } from './modules/mail/mail.module';
import { OpenApiModule } from './modules/openapi/openapi.module';
import { OrganizationsModule } from './modules/organizations/organizations.module';
import { CampaignsModule } from './modules/campaigns/campaigns.module';
import { FeedbackModule } from './modules/feedback/feedback.module';
import { ReviewModule } from './modules/review/review.module';
import { PortalModule } from './modules/portal/portal.module';
import { CorrectiveActionsModule } from './modules/corrective-actions/corrective-actions.module';
import { ResponsesModule } from './modules/responses/responses.module';
import { QuestionnairesModule } from './modules/questionnaires/questionnaires.module';
import { SuppliersModule } from './modules/suppliers/suppliers.module';
import { UsersModule } from './modules/users/users.module';
import { ApiKeysModule } from './modules/api-keys/api-keys.module';
import { WebhooksModule } from './modules/webhooks/webhooks.module';

export interface AppDeps {
  config: AppConfig;
  /** The database to use: DATABASE_URL or the started embedded server. */
  databaseUrl: string;
  /** The started built-in SMTP catcher, or null when SMTP_URL is set. */
  catcher: MailCatcher | null;
}

@Module({})
export class AppModule {
  static register(deps: AppDeps): DynamicModule {
    return {
      module: AppModule,
      global: true,
      imports: [
        TypeOrmModule.forRoot(dataSourceOptions(deps.databaseUrl)),
        JobsModule.register(deps.databaseUrl),
        MailModule.register(deps.catcher),
        AuditModule,
        ApiKeysModule,
        WebhooksModule,
        HealthModule,
        OrganizationsModule,
        UsersModule,
        AuthModule,
        SsoModule,
        SuppliersModule,
        QuestionnairesModule,
        ResponsesModule,
        CampaignsModule,
        PortalModule,
        CorrectiveActionsModule,
        ReviewModule,
        FeedbackModule,
        GrievancesModule,
        OpenApiModule,
      ],
      providers: [
        { provide: APP_CONFIG, useValue: deps.config },
        { provide: APP_FILTER, useClass: HttpErrorFilter },
      ],
      exports: [APP_CONFIG],
    };
  }
}
