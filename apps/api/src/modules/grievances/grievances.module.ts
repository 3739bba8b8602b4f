import { Module } from '@nestjs/common';
import { OrganizationsModule } from '../organizations/organizations.module';
import { GrievanceNotices } from './grievance-notices';
import { GrievancesController } from './grievances.controller';
import { GrievancesService } from './grievances.service';
import { PublicGrievancesController } from './public-grievances.controller';
import { PublicGrievancesService } from './public-grievances.service';

/** Grievances: the public form and tracking for reporters, the board for buyers. */
@Module({
  imports: [OrganizationsModule],
  controllers: [PublicGrievancesController, GrievancesController],
  providers: [PublicGrievancesService, GrievancesService, GrievanceNotices],
})
export class GrievancesModule {}
