import { defineStore } from 'pinia';
import { ref } from 'vue';
import type { CreateSupplierRequest, ImportResult, Supplier, UpdateSupplierRequest } from '@ses/api-types';
import { usePagedList } from '@/app/usePagedList';
import { type ListState, toApiQuery } from './supplier-query';
import { type SupplierFacets, suppliersApi } from './suppliers.api';

export const useSuppliersStore = defineStore('suppliers', () => {
  const { list, listLoading, loadList } = usePagedList((state: ListState, signal) => suppliersApi.list(toApiQuery(state), signal));
  const facets = ref<SupplierFacets>({ productTypes: [], countries: [], tags: [] });
  let facetsLoaded = false;

  async function loadFacets(force = false): Promise<void> {
    if (facetsLoaded && !force) return;
    facets.value = await suppliersApi.facets();
    facetsLoaded = true;
  }

  /** New product types, countries or tags may have appeared. */
  function invalidateFacets(): void {
    facetsLoaded = false;
  }

  async function create(body: CreateSupplierRequest): Promise<Supplier> {
    const s = await suppliersApi.create(body);
    invalidateFacets();
    return s;
  }

  async function update(id: string, body: UpdateSupplierRequest): Promise<Supplier> {
    const s = await suppliersApi.update(id, body);
    invalidateFacets();
    return s;
  }

  async function remove(id: string): Promise<void> {
    await suppliersApi.remove(id);
    invalidateFacets();
  }

  const archive = (id: string) => suppliersApi.archive(id);
  const restore = (id: string) => suppliersApi.restore(id);
  const get = (id: string) => suppliersApi.get(id);

  async function importFile(file: File): Promise<ImportResult> {
    const result = await suppliersApi.import(file);
    if (!result.errors.length) invalidateFacets();
    return result;
  }

  return { list, listLoading, facets, loadList, loadFacets, invalidateFacets, get, create, update, remove, archive, restore, importFile };
});
