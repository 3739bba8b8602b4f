import type { CreateSupplierRequest, RiskLevel, Supplier } from '@ses/api-types';
import type { LANGUAGES } from '@ses/questionnaire';

export type ContactLanguage = (typeof LANGUAGES)[number];

export interface ContactRow {
  name: string;
  email: string;
  language: ContactLanguage;
}

/** What the supplier form edits: strings where the user types, null where nothing is chosen. */
export interface SupplierForm {
  name: string;
  code: string;
  productType: string;
  country: string;
  tier: number;
  parentSupplierId: string | null;
  parentSupplierName: string | null;
  riskLevel: RiskLevel;
  tags: string[];
  contacts: ContactRow[];
}

export function emptyForm(): SupplierForm {
  return {
    name: '',
    code: '',
    productType: '',
    country: '',
    tier: 1,
    parentSupplierId: null,
    parentSupplierName: null,
    riskLevel: 'medium',
    tags: [],
    contacts: [],
  };
}

export function formFromSupplier(s: Supplier): SupplierForm {
  return {
    name: s.name,
    code: s.code ?? '',
    productType: s.productType,
    country: s.country ?? '',
    tier: s.tier,
    parentSupplierId: s.parentSupplierId,
    parentSupplierName: s.parentSupplierName,
    riskLevel: s.riskLevel,
    tags: [...s.tags],
    contacts: s.contacts.map(({ name, email, language }) => ({ name, email, language })),
  };
}

/**
 * The request body (the API's own schema checks it before it is sent). Every field is
 * given, so the same body serves POST and PATCH; a tier-1 supplier has no parent.
 */
export function payloadFromForm(f: SupplierForm): Required<CreateSupplierRequest> {
  return {
    name: f.name,
    code: f.code.trim() ? f.code : null,
    productType: f.productType,
    country: f.country.trim() ? f.country : null,
    tier: f.tier,
    parentSupplierId: f.tier >= 2 ? f.parentSupplierId : null,
    riskLevel: f.riskLevel,
    tags: f.tags,
    contacts: f.contacts,
  };
}
