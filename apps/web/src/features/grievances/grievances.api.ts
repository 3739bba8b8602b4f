import type { GrievanceDetail, GrievanceList, GrievanceListQuery, UpdateGrievanceRequest } from '@ses/api-types';
import { http, type Query } from '@/app/http';

const g = (id: string) => `/grievances/${encodeURIComponent(id)}`;

export const grievancesApi = {
  list: (query: GrievanceListQuery, signal?: AbortSignal) => http.get<GrievanceList>('/grievances', { query: query as Query, signal }),
  get: (id: string) => http.get<GrievanceDetail>(g(id)),
  update: (id: string, body: UpdateGrievanceRequest) => http.patch<GrievanceDetail>(g(id), body),
  reply: (id: string, body: string) => http.post<GrievanceDetail>(`${g(id)}/messages`, { body }),
};
