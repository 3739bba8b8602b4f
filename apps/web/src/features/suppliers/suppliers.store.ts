import { defineStore } from 'pinia';
import { ref } from 'vue';
import type { CreateSupplierRequest, ImportResult, Supplier, SupplierList, UpdateSupplierRequest } from '@ses/api-types';
import { type ListState, toApiQuery } from './supplier-query';
import { type SupplierFacets, suppliersApi } from './suppliers.api';

export const useSuppliersStore = defineStore('suppliers', () => {
  const list = ref<SupplierList | null>(null);
  const listLoading = ref(false);
  const facets = ref<SupplierFacets>({ productTypes: [], countries: [], tags: [] });
  let facetsLoaded = false;
  let listRequest: AbortController | null = null;

  /** Loads one page; a newer call cancels an older one still on its way. */
  async function loadList(state: ListState): Promise<void> {
    listRequest?.abort();
    const controller = new AbortController();
    listRequest = controller;
    listLoading.value = true;
    try {
      list.value = await suppliersApi.list(toApiQuery(state), controller.signal);
    } catch (e) {
      if (controller.signal.aborted) return;
      throw e;
    } finally {
      if (listRequest === controller) {
        listLoading.value = false;
        listRequest = null;
      }
    }
  }

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
