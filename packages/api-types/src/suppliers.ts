import { z } from 'zod';
import { LANGUAGES } from '@ses/questionnaire';
import { pageOf, pageQuerySchema } from './common.js';
import { emailSchema } from './auth.js';
import { LIMITS } from './rules/index.js';

export const RISK_LEVELS = ['low', 'medium', 'high'] as const;
export const riskLevelSchema = z.enum(RISK_LEVELS);
export type RiskLevel = z.infer<typeof riskLevelSchema>;

export const contactLanguageSchema = z.enum(LANGUAGES);

export const contactInputSchema = z.object({
  name: z.string().trim().min(1).max(LIMITS.nameMax),
  email: emailSchema,
  language: contactLanguageSchema.default('ja'),
});
export type ContactInput = z.input<typeof contactInputSchema>;

export const contactSchema = contactInputSchema.extend({ id: z.uuid() });
export type Contact = z.infer<typeof contactSchema>;

const countrySchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{2}$/, 'country is a two-letter ISO 3166 code such as JP');
const tagSchema = z.string().trim().min(1).max(LIMITS.supplier.tagMax);

const supplierFields = {
  name: z.string().trim().min(1).max(LIMITS.supplier.nameMax),
  code: z.string().trim().min(1).max(LIMITS.supplier.codeMax).nullable(),
  productType: z.string().trim().min(1).max(LIMITS.supplier.productTypeMax),
  country: countrySchema.nullable(),
  tier: z.int32().min(1).max(LIMITS.supplier.tierMax),
  parentSupplierId: z.uuid().nullable(),
  riskLevel: riskLevelSchema,
  tags: z.array(tagSchema).max(LIMITS.supplier.tagsMax),
  contacts: z.array(contactInputSchema).max(LIMITS.supplier.contactsMax),
};

/** POST /api/suppliers (DESIGN §6). */
export const createSupplierRequestSchema = z
  .object({
    ...supplierFields,
    code: supplierFields.code.optional(),
    country: supplierFields.country.optional(),
    tier: supplierFields.tier.default(1),
    parentSupplierId: supplierFields.parentSupplierId.optional(),
    riskLevel: supplierFields.riskLevel.default('medium'),
    tags: supplierFields.tags.default([]),
    contacts: supplierFields.contacts.default([]),
  });
export type CreateSupplierRequest = z.input<typeof createSupplierRequestSchema>;

/** PATCH /api/suppliers/:id: any field; `contacts`, when given, replaces the list. */
export const updateSupplierRequestSchema = z
  .object(supplierFields)
  .partial()
  .refine((v) => Object.keys(v).length > 0, 'nothing to change');
export type UpdateSupplierRequest = z.input<typeof updateSupplierRequestSchema>;

export const supplierSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  code: z.string().nullable(),
  productType: z.string(),
  country: z.string().nullable(),
  tier: z.int32(),
  parentSupplierId: z.uuid().nullable(),
  parentSupplierName: z.string().nullable(),
  riskLevel: riskLevelSchema,
  tags: z.array(z.string()),
  contacts: z.array(contactSchema),
  archived: z.boolean(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type Supplier = z.infer<typeof supplierSchema>;

export const SUPPLIER_SORTS = ['name', 'code', 'productType', 'country', 'tier', 'riskLevel', 'createdAt'] as const;

export const supplierListQuerySchema = pageQuerySchema.extend({
  q: z.string().trim().max(LIMITS.list.searchMax).optional(),
  productType: z.string().trim().max(LIMITS.supplier.productTypeMax).optional(),
  country: countrySchema.optional(),
  tier: z.coerce.number().int().min(1).max(LIMITS.supplier.tierMax).optional(),
  riskLevel: riskLevelSchema.optional(),
  tag: tagSchema.optional(),
  status: z.enum(['active', 'archived', 'all']).default('active'),
  sort: z.enum(SUPPLIER_SORTS).default('name'),
  order: z.enum(['asc', 'desc']).default('asc'),
});
export type SupplierListQuery = z.input<typeof supplierListQuerySchema>;

export const supplierListSchema = pageOf(supplierSchema);
export type SupplierList = z.infer<typeof supplierListSchema>;

export const importErrorSchema = z.object({ row: z.int32(), message: z.string() });
export const importResultSchema = z.object({
  created: z.int32(),
  updated: z.int32(),
  errors: z.array(importErrorSchema),
});
export type ImportResult = z.infer<typeof importResultSchema>;

/**
 * Columns of the import file, in template order. One row per supplier; `code` matches an
 * existing supplier to update it. Up to three contacts per row.
 */
export const SUPPLIER_IMPORT_COLUMNS = [
  'code', 'name', 'product_type', 'country', 'tier', 'parent_code', 'risk_level', 'tags',
  'contact_name', 'contact_email', 'contact_language',
  'contact2_name', 'contact2_email', 'contact2_language',
  'contact3_name', 'contact3_email', 'contact3_language',
] as const;

export const EXPORT_FORMATS = ['csv', 'xlsx'] as const;
export const exportFormatSchema = z.enum(EXPORT_FORMATS);

/** `?format=` of the supplier template and exports. */
export const exportFormatQuerySchema = z.object({ format: exportFormatSchema.default('csv') });

/** GET /api/suppliers/export: the list's filters (no paging) and the format. */
export const supplierExportQuerySchema = supplierListQuerySchema.omit({ page: true, pageSize: true }).extend(exportFormatQuerySchema.shape);

/** GET /api/suppliers/facets: the values in use, for the list filters. */
export const supplierFacetsSchema = z.object({ productTypes: z.array(z.string()), countries: z.array(z.string()), tags: z.array(z.string()) });
export type SupplierFacets = z.infer<typeof supplierFacetsSchema>;
