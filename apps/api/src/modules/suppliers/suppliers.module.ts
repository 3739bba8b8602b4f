import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { SupplierContactEntity } from './supplier-contact.entity';
import { SupplierEntity } from './supplier.entity';
import { SupplierImportService } from './supplier-import.service';
import { SuppliersController } from './suppliers.controller';
import { SuppliersService } from './suppliers.service';

@Module({
  imports: [TypeOrmModule.forFeature([SupplierEntity, SupplierContactEntity])],
  controllers: [SuppliersController],
  providers: [SuppliersService, SupplierImportService],
  exports: [SuppliersService],
})
export class SuppliersModule {}
