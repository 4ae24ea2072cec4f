import { Injectable, Logger } from '@nestjs/common';
import { Readable } from 'node:stream';
import { OfficialStatsService } from '../official-stats/official-stats.service';
import { OFFICIAL_SAMPLE_FILE, officialStatsSampleCsv } from './official-stats-sample';

/** Imports the illustrative Comtrade sample through the real importer, when no official statistics are stored. */
@Injectable()
export class OfficialStatsSampleLoader {
  private readonly logger = new Logger('SampleData');

  constructor(private readonly officialStats: OfficialStatsService) {}

  async loadIfEmpty(): Promise<void> {
    if (!(await this.officialStats.isEmpty())) return;
    const report = await this.officialStats.importComtrade(Readable.from([officialStatsSampleCsv()]), {
      mode: 'atomic',
    });
    this.logger.log(
      `loaded ${report.inserted} official trade flows (ILLUSTRATIVE, ${OFFICIAL_SAMPLE_FILE}); ${report.skipped} World and breakdown lines skipped`,
    );
  }
}
