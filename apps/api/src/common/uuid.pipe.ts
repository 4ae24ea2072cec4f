import { BadRequestException, Injectable, type PipeTransform } from '@nestjs/common';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** 400 naming the `id` path parameter unless it is a UUID; answers it in lower case. */
@Injectable()
export class UuidPipe implements PipeTransform<string, string> {
  transform(id: string): string {
    if (!UUID.test(id)) {
      throw new BadRequestException({
        message: `id must be a UUID, got "${id.slice(0, 80)}"`,
        errors: [{ field: 'id', message: 'must be a UUID' }],
      });
    }
    return id.toLowerCase();
  }
}
