import { Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import {
  LIMITS,
  createSupplierRequestSchema,
  exportFormatQuerySchema as formatQuery,
  importResultSchema,
  supplierExportQuerySchema as exportQuery,
  supplierFacetsSchema as facetsSchema,
  supplierListQuerySchema,
  supplierListSchema,
  supplierSchema,
  updateSupplierRequestSchema,
} from '@ses/api-types';
import { z } from 'zod';
import { ApiDoc, ZodBody, ZodQuery } from '../../common/api-doc';
import { type AuthUser, CurrentUser } from '../../common/auth';
import { userActor } from '../audit/audit.util';
import { sendTabularStream } from '../../common/streaming';
import { CONTENT_TYPES } from '../../common/tabular';
import { readUpload } from '../../common/upload';
import { SupplierExportService } from './supplier-export.service';
import { SupplierImportService } from './supplier-import.service';
import { SuppliersService } from './suppliers.service';

const IMPORT_MAX_BYTES = LIMITS.upload.supplierImportBytes;

@Controller('suppliers')
export class SuppliersController {
  constructor(
    private readonly suppliers: SuppliersService,
    private readonly files: SupplierImportService,
    private readonly exporter: SupplierExportService,
  ) {}

  @Get()
  @ApiDoc({ summary: 'Suppliers with search, filters, sorting and pages', response: supplierListSchema })
  list(@CurrentUser() me: AuthUser, @ZodQuery(supplierListQuerySchema) query: z.output<typeof supplierListQuerySchema>) {
    return this.suppliers.list(me.organizationId, query);
  }

  @Get('facets')
  @ApiDoc({ summary: 'Values in use for the list filters', response: facetsSchema })
  facets(@CurrentUser() me: AuthUser) {
    return this.suppliers.facets(me.organizationId);
  }

  @Get('import/template')
  @ApiDoc({ summary: 'The import template (CSV or XLSX) with its columns and an example row', produces: Object.values(CONTENT_TYPES) })
  template(@ZodQuery(formatQuery) q: z.output<typeof formatQuery>, @Res() reply: FastifyReply) {
    const { columns, rows } = this.files.template();
    sendTabularStream(reply, q.format, `suppliers-template.${q.format}`, columns, rows, 'suppliers');
  }

  @Get('export')
  @ApiDoc({ summary: 'The suppliers matching the list filters as CSV or XLSX, streamed', produces: Object.values(CONTENT_TYPES) })
  async export(@CurrentUser() me: AuthUser, @ZodQuery(exportQuery) q: z.output<typeof exportQuery>, @Res() reply: FastifyReply) {
    const { columns, rows } = await this.exporter.rows(me.organizationId, q);
    sendTabularStream(reply, q.format, `suppliers.${q.format}`, columns, rows, 'suppliers');
  }

  @Post('import')
  @HttpCode(200)
  @ApiDoc({ summary: 'Import suppliers from CSV or XLSX (all rows or none)', response: importResultSchema, multipart: ['file'] })
  async import(@CurrentUser() me: AuthUser, @Req() req: FastifyRequest) {
    const upload = await readUpload(req, 'file', IMPORT_MAX_BYTES);
    return this.files.import(me.organizationId, upload.buffer, userActor(me));
  }

  @Post()
  @ApiDoc({ summary: 'Add a supplier', status: 201, response: supplierSchema })
  async create(@CurrentUser() me: AuthUser, @ZodBody(createSupplierRequestSchema) body: z.output<typeof createSupplierRequestSchema>) {
    const s = await this.suppliers.create(me.organizationId, body, undefined, userActor(me));
    return this.suppliers.get(me.organizationId, s.id);
  }

  @Get(':id')
  @ApiDoc({ summary: 'A supplier with its contacts', response: supplierSchema })
  get(@CurrentUser() me: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.suppliers.get(me.organizationId, id);
  }

  @Patch(':id')
  @ApiDoc({ summary: 'Change a supplier; contacts, when given, replace the list', response: supplierSchema })
  async update(
    @CurrentUser() me: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @ZodBody(updateSupplierRequestSchema) body: z.output<typeof updateSupplierRequestSchema>,
  ) {
    await this.suppliers.update(me.organizationId, id, body, undefined, userActor(me));
    return this.suppliers.get(me.organizationId, id);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiDoc({ summary: 'Delete a supplier without responses (409 otherwise: archive it)', status: 204 })
  async remove(@CurrentUser() me: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    await this.suppliers.remove(me.organizationId, id, userActor(me));
  }

  @Post(':id/archive')
  @HttpCode(200)
  @ApiDoc({ summary: 'Archive a supplier: kept with its history, left out of new campaigns', response: supplierSchema })
  archive(@CurrentUser() me: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.suppliers.setArchived(me.organizationId, id, true, userActor(me));
  }

  @Post(':id/restore')
  @HttpCode(200)
  @ApiDoc({ summary: 'Bring an archived supplier back', response: supplierSchema })
  restore(@CurrentUser() me: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.suppliers.setArchived(me.organizationId, id, false, userActor(me));
  }
}

