import { Controller, Get, Patch } from '@nestjs/common';
import { organizationSettingsSchema, updateOrganizationRequestSchema, type UpdateOrganizationRequest } from '@ses/api-types';
import { ApiDoc, ZodBody } from '../../common/api-doc';
import { type AuthUser, CurrentUser, Roles } from '../../common/auth';
import { OrganizationsService, approvalSettings } from './organizations.service';

@Controller('organization')
export class OrganizationsController {
  constructor(private readonly orgs: OrganizationsService) {}

  @Get()
  @ApiDoc({ summary: "The caller's organisation and its settings", response: organizationSettingsSchema })
  async get(@CurrentUser() me: AuthUser) {
    const o = await this.orgs.get(me.organizationId);
    return { id: o.id, name: o.name, slug: o.slug, thresholds: o.thresholds, approvals: approvalSettings(o), requireMfa: o.requireMfa };
  }

  @Patch()
  @Roles('admin')
  @ApiDoc({ summary: 'Rename the organisation, set the grade thresholds new campaigns start from, or choose which actions need a second person’s approval (admin)', response: organizationSettingsSchema })
  async update(@CurrentUser() me: AuthUser, @ZodBody(updateOrganizationRequestSchema) body: UpdateOrganizationRequest) {
    const o = await this.orgs.update(me, body);
    return { id: o.id, name: o.name, slug: o.slug, thresholds: o.thresholds, approvals: approvalSettings(o), requireMfa: o.requireMfa };
  }
}
