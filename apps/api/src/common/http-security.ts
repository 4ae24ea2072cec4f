import type { NestExpressApplication } from '@nestjs/platform-express';
import helmet from 'helmet';
import type { SecurityConfig } from '../config/app-config';

/**
 * Security headers (helmet) with a Content-Security-Policy that the dashboard (Vite build: module
 * scripts from 'self', Chart.js canvases) and Swagger UI (external scripts, inline <style>, data:
 * images) work under, and CORS only for the configured origins.
 */
export function applyHttpSecurity(app: NestExpressApplication, security: SecurityConfig): void {
  app.set('trust proxy', security.trustProxy);
  app.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          'default-src': ["'self'"],
          'script-src': ["'self'"],
          'script-src-attr': ["'none'"],
          // Swagger UI ships inline <style> blocks; no script runs inline anywhere.
          'style-src': ["'self'", "'unsafe-inline'"],
          'img-src': ["'self'", 'data:', 'blob:'],
          'font-src': ["'self'", 'data:'],
          'connect-src': ["'self'"],
          'object-src': ["'none'"],
          'base-uri': ["'self'"],
          'form-action': ["'self'"],
          'frame-ancestors': ["'none'"],
          // Not upgrade-insecure-requests: the product is often reached over plain http on a LAN.
        },
      },
      frameguard: { action: 'deny' },
      referrerPolicy: { policy: 'same-origin' },
    }),
  );
  if (security.corsOrigins.length > 0) {
    app.enableCors({
      origin: security.corsOrigins,
      credentials: true,
      methods: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'],
      allowedHeaders: ['Authorization', 'Content-Type', 'X-Request-Id'],
      exposedHeaders: ['X-Request-Id', 'Retry-After', 'Content-Disposition'],
      maxAge: 600,
    });
  }
}
