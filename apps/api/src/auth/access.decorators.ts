import { SetMetadata } from '@nestjs/common';
import type { Role } from '@tradeflow/domain';

export const PUBLIC_ROUTE = 'tradeflow:public';
export const REQUIRED_ROLE = 'tradeflow:required-role';
export const LOGIN_ROUTE = 'tradeflow:login-route';

/**
 * Open to anyone, signed in or not (health, sign-in). Without any decorator a route needs a
 * signed-in caller: `viewer` for GET/HEAD, `editor` for every other method.
 */
export const Public = () => SetMetadata(PUBLIC_ROUTE, true);

/**
 * Overrides the role that the HTTP method implies: `@Roles('admin')` for user and key management,
 * `@Roles('viewer')` for a POST that only reads.
 */
export const Roles = (role: Role) => SetMetadata(REQUIRED_ROLE, role);

/** The sign-in route: the stricter per-address sign-in rate limit applies here. */
export const LoginRoute = () => SetMetadata(LOGIN_ROUTE, true);
