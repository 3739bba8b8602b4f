import { createSupplierRequestSchema } from '@ses/api-types';
import { describe, expect, it } from 'vitest';
import { emptyForm, payloadFromForm } from './supplier-form';

describe('supplier form', () => {
  it('sends null for empty optional fields, and no parent for tier 1', () => {
    const body = payloadFromForm({ ...emptyForm(), name: 'ACME', productType: 'Parts', parentSupplierId: 'a1b2', tier: 1 });
    expect(body).toMatchObject({ code: null, country: null, parentSupplierId: null });
    expect(createSupplierRequestSchema.safeParse(body).success).toBe(true);
  });

  it('keeps the parent for tier 2 and beyond', () => {
    const id = '3f0c7a9e-8d7b-4c39-9a6e-2b8f1f0e4c11';
    expect(payloadFromForm({ ...emptyForm(), tier: 2, parentSupplierId: id }).parentSupplierId).toBe(id);
  });
});
