import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  countryName,
  DEFAULT_SUPPLY_RISK_SCORE,
  isCountryCode,
  RISK_WEIGHTED_HHI_FORMULA,
  RISK_WEIGHTED_HHI_SOURCE,
  type RiskWeighting,
  type SupplierRiskScore,
  type SupplierRiskScoreList,
  type SupplierRiskScoresUpsertRequest,
} from '@tradeflow/domain';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { FieldValidationException } from '../common/api-error';
import { ReplicaReader } from '../database/replica-reader';
import {
  deleteRiskScore,
  readRiskScoresOf,
  selectRiskScores,
  selectRiskScoresForUpdate,
  upsertRiskScores,
} from './supply-risk-sql';

function defaultScore(country: string): SupplierRiskScore {
  return {
    country,
    name: countryName(country) ?? country,
    score: DEFAULT_SUPPLY_RISK_SCORE,
    isDefault: true,
    rationale: null,
    updatedAt: null,
  };
}

/** Supply-risk scores per supplier country: admin-edited, audited, 0.5 where none is stored. */
@Injectable()
export class SupplyRiskService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly reader: ReplicaReader,
  ) {}

  async list(): Promise<SupplierRiskScoreList> {
    return {
      defaultScore: DEFAULT_SUPPLY_RISK_SCORE,
      items: await selectRiskScores(this.dataSource.manager),
    };
  }

  /** Upserts every score in one statement (all or nothing) with one audit entry of what it replaced. */
  async upsert({ scores }: SupplierRiskScoresUpsertRequest): Promise<SupplierRiskScoreList> {
    const countries = scores.map((item) => item.country);
    await this.audit.withAudit(async (manager) => {
      const replaced = await selectRiskScoresForUpdate(manager, countries);
      await upsertRiskScores(manager, scores);
      return {
        result: undefined,
        audit: {
          action: 'risk-score.upsert',
          entityType: 'risk-score',
          entityId: [...countries].sort().join(',').slice(0, 200),
          before: replaced,
          after: scores,
        },
      };
    });
    return this.list();
  }

  /** Drops a stored score: the country counts the default again. */
  async remove(country: string): Promise<void> {
    if (!isCountryCode(country)) {
      throw new FieldValidationException([
        { field: 'country', message: 'must be an ISO 3166-1 alpha-2 country code, e.g. SA' },
      ]);
    }
    await this.audit.withAudit(async (manager) => {
      const deleted = await deleteRiskScore(manager, country);
      if (!deleted) throw new NotFoundException(`No risk score stored for ${country}: it counts the default`);
      return {
        result: undefined,
        audit: {
          action: 'risk-score.delete',
          entityType: 'risk-score',
          entityId: country,
          before: deleted,
        },
      };
    });
  }

  /**
   * The weighting of an answer over these suppliers (largest first): each one's score, stored or the
   * default, and a function giving it. Read like the analytics (replica-aware), one small query.
   */
  async weightingFor(
    suppliers: readonly string[],
  ): Promise<{ weighting: RiskWeighting; scoreOf: (country: string) => number }> {
    const stored = new Map(
      (await readRiskScoresOf(this.reader, suppliers)).map((score) => [score.country, score]),
    );
    const scores = suppliers.map((country) => stored.get(country) ?? defaultScore(country));
    return {
      weighting: {
        formula: RISK_WEIGHTED_HHI_FORMULA,
        source: RISK_WEIGHTED_HHI_SOURCE,
        defaultScore: DEFAULT_SUPPLY_RISK_SCORE,
        scores,
        defaultedSuppliers: scores.filter((score) => score.isDefault).map((score) => score.country),
      },
      scoreOf: (country) => stored.get(country)?.score ?? DEFAULT_SUPPLY_RISK_SCORE,
    };
  }
}
