import type { MfaStatus, TotpSetup } from '@ses/api-types';
import { http } from '@/app/http';

export const mfaApi = {
  status: () => http.get<MfaStatus>('/auth/mfa'),
  setup: () => http.post<TotpSetup>('/auth/mfa/totp/setup'),
  enable: (code: string) => http.post<{ recoveryCodes: string[] }>('/auth/mfa/totp/enable', { code }),
  disable: (code: string) => http.delete('/auth/mfa/totp', { body: { code } }),
};
