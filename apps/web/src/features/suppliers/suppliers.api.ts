import type {
  CreateSupplierRequest,
  ImportResult,
  Supplier,
  SupplierFacets,
  SupplierList,
  SupplierListQuery,
  UpdateSupplierRequest,
} from '@ses/api-types';
import { http, type Query } from '@/app/http';

export type ExportFormat = 'csv' | 'xlsx';

/** `GET /api/suppliers/facets`: the values in use, for the list filters. */
export type { SupplierFacets };

export type SupplierFilters = Omit<SupplierListQuery, 'page' | 'pageSize'>;

const path = (id: string) => `/suppliers/${encodeURIComponent(id)}`;

export const suppliersApi = {
  list: (query: SupplierListQuery, signal?: AbortSignal) =>
    http.get<SupplierList>('/suppliers', { query: query as Query, signal }),
  facets: () => http.get<SupplierFacets>('/suppliers/facets'),
  get: (id: string) => http.get<Supplier>(path(id)),
  create: (body: CreateSupplierRequest) => http.post<Supplier>('/suppliers', body),
  update: (id: string, body: UpdateSupplierRequest) => http.patch<Supplier>(path(id), body),
  remove: (id: string) => http.delete(path(id)),
  archive: (id: string) => http.post<Supplier>(`${path(id)}/archive`),
  restore: (id: string) => http.post<Supplier>(`${path(id)}/restore`),
  import(file: File): Promise<ImportResult> {
    const body = new FormData();
    body.append('file', file, file.name);
    return http.post<ImportResult>('/suppliers/import', body);
  },
  template: (format: ExportFormat) =>
    http.blob('/suppliers/import/template', `suppliers-template.${format}`, { query: { format } }),
  export: (format: ExportFormat, filters: SupplierFilters) =>
    http.blob('/suppliers/export', `suppliers.${format}`, { query: { ...(filters as Query), format } }),
};
