import { BadRequestException, Injectable, type PipeTransform } from '@nestjs/common';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

@Injectable()
export class ShipmentIdPipe implements PipeTransform<string, string> {
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
