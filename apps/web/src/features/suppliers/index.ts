// What other features may use of the supplier register.
export { suppliersApi, type SupplierFacets } from './suppliers.api';
export { useSuppliersStore } from './suppliers.store';
