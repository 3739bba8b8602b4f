import type { Session } from '@ses/api-types';
import { http } from '@/app/http';

export const sessionsApi = {
  list: () => http.get<Session[]>('/auth/sessions'),
  revoke: (id: string) => http.delete(`/auth/sessions/${encodeURIComponent(id)}`),
};
