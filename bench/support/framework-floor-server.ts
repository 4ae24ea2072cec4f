import 'reflect-metadata';
import { Controller, Get, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ExpressAdapter } from '@nestjs/platform-express';
import { FastifyAdapter } from '@nestjs/platform-fastify';

/**
 * The framework's floor for the load suite: NestJS 11 with one route answering the same JSON as
 * `GET /api/auth/me`, no middleware, guard, logger or database. Run in a process of its own with the
 * adapter as the argument (`express`, as the API uses, or `fastify`); prints the port it listens on.
 */
@Controller('api/auth')
class FloorController {
  @Get('me')
  me() {
    return { username: 'bench', role: 'editor', via: 'api-key' };
  }
}

@Module({ controllers: [FloorController] })
class FloorModule {}

async function main(): Promise<void> {
  const adapter = process.argv[2] === 'fastify' ? new FastifyAdapter() : new ExpressAdapter();
  const app = await NestFactory.create(FloorModule, adapter, { logger: false });
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address() as { port: number };
  process.stdout.write(`${address.port}\n`);
}

void main();
