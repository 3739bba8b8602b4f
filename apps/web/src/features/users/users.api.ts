import type { CreateUserRequest, UpdateUserRequest, User } from '@ses/api-types';
import { http } from '@/app/http';

export const usersApi = {
  list: () => http.get<User[]>('/users'),
  create: (body: CreateUserRequest) => http.post<User>('/users', body),
  update: (id: string, body: UpdateUserRequest) => http.patch<User>(`/users/${encodeURIComponent(id)}`, body),
  remove: (id: string) => http.delete(`/users/${encodeURIComponent(id)}`),
};
