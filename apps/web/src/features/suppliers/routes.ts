import type { RouteRecordRaw } from 'vue-router';

export const suppliersRoutes: RouteRecordRaw[] = [
  { path: 'suppliers', name: 'suppliers', component: () => import('./SupplierListView.vue'), meta: { requiresAuth: true, title: 'suppliers' } },
  {
    path: 'suppliers/new',
    name: 'supplier-new',
    component: () => import('./SupplierFormView.vue'),
    meta: { requiresAuth: true, roles: ['admin', 'buyer'], title: 'supplierNew' },
  },
  {
    path: 'suppliers/import',
    name: 'supplier-import',
    component: () => import('./SupplierImportView.vue'),
    meta: { requiresAuth: true, roles: ['admin', 'buyer'], title: 'supplierImport' },
  },
  {
    path: 'suppliers/:id',
    name: 'supplier',
    component: () => import('./SupplierDetailView.vue'),
    props: true,
    meta: { requiresAuth: true, title: 'supplier' },
  },
  {
    path: 'suppliers/:id/edit',
    name: 'supplier-edit',
    component: () => import('./SupplierFormView.vue'),
    props: true,
    meta: { requiresAuth: true, roles: ['admin', 'buyer'], title: 'supplierEdit' },
  },
];
