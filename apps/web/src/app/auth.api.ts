import type { LoginRequest, LoginResponse, MeResponse, PublicConfig, SignupRequest, SignupResponse } from '@ses/api-types';
import { http } from './http';

/** `GET /api/config`: what the sign-in pages and the menu need to know about the server. */
export type { PublicConfig };

export const authApi = {
  config: () => http.get<PublicConfig>('/config'),
  login: (body: LoginRequest) => http.post<LoginResponse>('/auth/login', body),
  signup: (body: SignupRequest) => http.post<SignupResponse>('/auth/signup', body),
  logout: () => http.post<void>('/auth/logout'),
  me: () => http.get<MeResponse>('/me'),
};
