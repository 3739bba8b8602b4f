import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { SupplierContactEntity } from './supplier-contact.entity';
import { SupplierEntity } from './supplier.entity';
import { SupplierExportService } from './supplier-export.service';
import { SupplierImportService } from './supplier-import.service';
import { SuppliersController } from './suppliers.controller';
import { SuppliersService } from './suppliers.service';

@Module({
  imports: [TypeOrmModule.forFeature([SupplierEntity, SupplierContactEntity])],
  controllers: [SuppliersController],
  providers: [SuppliersService, SupplierImportService, SupplierExportService],
  exports: [SuppliersService],
})
export class SuppliersModule {}
