import { Global, Module } from '@nestjs/common';
import { CacheVersionsService } from './cache-versions.service';

/** Versions of the in-process caches (credentials, analytics answers), kept in PostgreSQL. */
@Global()
@Module({ providers: [CacheVersionsService], exports: [CacheVersionsService] })
export class CacheVersionsModule {}
