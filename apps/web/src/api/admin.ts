import { queryOptions } from '@tanstack/react-query';
import type {
  ApiKeySummary,
  CreatedApiKey,
  CreateApiKeyRequest,
  CreateUserRequest,
  FxRate,
  FxRateList,
  FxRatesUpsertResult,
  Role,
  UserSummary,
} from '@tradeflow/domain';
import { apiRequest } from './http';

// The admin endpoints (/api/api-keys, /api/users: admin only) and the fx rates (/api/fx-rates).

export const apiKeysQuery = queryOptions({
  queryKey: ['admin', 'api-keys'],
  queryFn: ({ signal }) => apiRequest<ApiKeySummary[]>('/api/api-keys', { signal }),
});

export function createApiKey(input: CreateApiKeyRequest): Promise<CreatedApiKey> {
  return apiRequest<CreatedApiKey>('/api/api-keys', { method: 'POST', body: input });
}

export function revokeApiKey(id: string): Promise<void> {
  return apiRequest<void>(`/api/api-keys/${encodeURIComponent(id)}`, { method: 'DELETE' });
}

export const usersQuery = queryOptions({
  queryKey: ['admin', 'users'],
  queryFn: ({ signal }) => apiRequest<UserSummary[]>('/api/users', { signal }),
});

export function createUser(input: CreateUserRequest): Promise<UserSummary> {
  return apiRequest<UserSummary>('/api/users', { method: 'POST', body: input });
}

export function updateUser(id: string, change: { role?: Role; password?: string }): Promise<UserSummary> {
  return apiRequest<UserSummary>(`/api/users/${encodeURIComponent(id)}`, { method: 'PATCH', body: change });
}

export function deleteUser(id: string): Promise<void> {
  return apiRequest<void>(`/api/users/${encodeURIComponent(id)}`, { method: 'DELETE' });
}

/** Every stored rate (the API pages by 1,000; the page reads them all, sorted by currency and date). */
export const fxRatesQuery = queryOptions({
  queryKey: ['fx-rates'],
  queryFn: async ({ signal }) => {
    const items: FxRate[] = [];
    for (let offset = 0; ; offset += 1000) {
      const page = await apiRequest<FxRateList>(`/api/fx-rates?limit=1000&offset=${offset}`, { signal });
      items.push(...page.items);
      if (items.length >= page.total || page.items.length === 0) return items;
    }
  },
});

export function upsertFxRates(rates: FxRate[]): Promise<FxRatesUpsertResult> {
  return apiRequest<FxRatesUpsertResult>('/api/fx-rates', { method: 'PUT', body: { rates } });
}
