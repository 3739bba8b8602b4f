import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { createSupplierRequestSchema, type CreateSupplierRequest } from '@ses/api-types';
import { hashPassword } from '../modules/auth/password';
import { OrganizationEntity } from '../modules/organizations/organization.entity';
import { SupplierContactEntity } from '../modules/suppliers/supplier-contact.entity';
import { SupplierEntity } from '../modules/suppliers/supplier.entity';
import { UserEntity } from '../modules/users/user.entity';

export const DEMO_ADMIN_EMAIL = 'admin@demo.example';

const SUPPLIERS: CreateSupplierRequest[] = [
  { code: 'V-1001', name: '株式会社東和電子', productType: 'Electronic components', country: 'JP', riskLevel: 'medium', tags: ['priority'], contacts: [{ name: '佐藤 健', email: 'k.sato@towa-denshi.example', language: 'ja' }] },
  { code: 'V-1002', name: '関東精密工業株式会社', productType: 'Machined parts', country: 'JP', riskLevel: 'low', contacts: [{ name: '鈴木 美咲', email: 'm.suzuki@kanto-seimitsu.example', language: 'ja' }] },
  { code: 'V-1003', name: 'Saigon Garment Co., Ltd.', productType: 'Uniforms and textiles', country: 'VN', riskLevel: 'high', tags: ['priority'], contacts: [{ name: 'Nguyen Thi Lan', email: 'lan.nguyen@saigon-garment.example', language: 'en' }] },
  { code: 'V-1004', name: '北陸ケミカル株式会社', productType: 'Chemicals', country: 'JP', riskLevel: 'high', contacts: [{ name: '高橋 誠', email: 'm.takahashi@hokuriku-chem.example', language: 'ja' }] },
  { code: 'V-1005', name: 'Penang Semiconductor Sdn. Bhd.', productType: 'Electronic components', country: 'MY', riskLevel: 'medium', contacts: [{ name: 'Tan Wei Ming', email: 'weiming.tan@penang-semi.example', language: 'en' }] },
  { code: 'V-1006', name: '株式会社みどり物流', productType: 'Logistics', country: 'JP', riskLevel: 'low', contacts: [{ name: '田中 由美', email: 'y.tanaka@midori-logi.example', language: 'ja' }] },
  { code: 'V-1007', name: 'Shenzhen Bright Plastics Co., Ltd.', productType: 'Plastic parts', country: 'CN', riskLevel: 'high', contacts: [{ name: 'Li Na', email: 'li.na@bright-plastics.example', language: 'en' }] },
  { code: 'V-1008', name: '株式会社オフィスサプライ東京', productType: 'Office supplies', country: 'JP', riskLevel: 'low', contacts: [{ name: '伊藤 翔太', email: 's.ito@office-supply.example', language: 'ja' }] },
  { code: 'V-2001', name: '有限会社山本めっき', productType: 'Machined parts', country: 'JP', tier: 2, riskLevel: 'medium', contacts: [{ name: '山本 浩二', email: 'k.yamamoto@yamamoto-mekki.example', language: 'ja' }] },
  { code: 'V-2002', name: 'Bandung Cotton Mills', productType: 'Uniforms and textiles', country: 'ID', tier: 2, riskLevel: 'high', contacts: [{ name: 'Siti Rahma', email: 'siti.rahma@bandung-cotton.example', language: 'en' }] },
];
const PARENTS: Record<string, string> = { 'V-2001': 'V-1002', 'V-2002': 'V-1003' };

/**
 * Fills an empty database with a demo organisation, an admin and suppliers. Returns the
 * admin's one-time credentials, or null when the database already had an organisation.
 */
export async function seedDemo(db: DataSource): Promise<{ email: string; password: string } | null> {
  return db.transaction(async (m) => {
    // Serialise concurrent first starts of several processes on one database.
    await m.query('SELECT pg_advisory_xact_lock(7254002)');
    if ((await m.count(OrganizationEntity)) > 0) return null;
    const org = await m.save(m.create(OrganizationEntity, { name: 'デモ調達部 (Demo Procurement)', slug: 'demo', thresholds: null }));
    const password = randomBytes(12).toString('base64url');
    await m.save(m.create(UserEntity, { organizationId: org.id, email: DEMO_ADMIN_EMAIL, name: 'Demo Admin', role: 'admin', passwordHash: await hashPassword(password) }));
    const ids = new Map<string, string>();
    for (const raw of SUPPLIERS) {
      const s = createSupplierRequestSchema.parse(raw);
      const saved = await m.save(
        m.create(SupplierEntity, {
          organizationId: org.id, name: s.name, code: s.code ?? null, productType: s.productType, country: s.country ?? null,
          tier: s.tier, riskLevel: s.riskLevel, tags: s.tags, archivedAt: null, parentSupplierId: s.code && PARENTS[s.code] ? ids.get(PARENTS[s.code]) ?? null : null,
          contacts: s.contacts.map((c, position) => m.create(SupplierContactEntity, { ...c, position })),
        }),
      );
      ids.set(s.code!, saved.id);
    }
    return { email: DEMO_ADMIN_EMAIL, password };
  });
}
