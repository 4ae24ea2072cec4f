import { useQuery } from '@tanstack/react-query';
import {
  RISK_WEIGHTED_HHI_FORMULA,
  RISK_WEIGHTED_HHI_SOURCE,
  type SupplierRiskScoreInput,
} from '@tradeflow/domain';
import { useMemo, useState } from 'react';
import { summaryQuery } from '../../api/analytics';
import { deleteRiskScore, putRiskScores, riskScoresQuery } from '../../api/energy-security';
import { useIsAdmin } from '../../auth/session-context';
import { useDashboardFilters } from '../../filters/use-dashboard-filters';
import { countryLabel } from '../../format/labels';
import { formatNumber, formatShare } from '../../format/numbers';
import { type FormErrors, formErrorsOf, NO_FORM_ERRORS } from '../../forms/form-errors';
import { PageHeader } from '../../layout/page-header';
import { ErrorState, Skeleton } from '../../layout/states';
import { useToast } from '../../layout/toasts';
import { AdminTabs } from '../admin/admin-tabs';
import { changedScores, riskScoreRows } from './risk-scores-model';
import { useWrite } from '../../api/writes';

type Edits = Record<string, { score: string; rationale: string }>;

/** The country of the item the API names ('scores[2].score' is the third score sent). */
const countryOfItemIn =
  (sent: readonly SupplierRiskScoreInput[]) =>
  (apiField: string): string | null => {
    const item = /^scores\[(\d+)\]/.exec(apiField);
    return item ? (sent[Number(item[1])]?.country ?? null) : null;
  };

/** Supply-risk scores per supplier country: everyone reads them, admins set them (audited). */
export function RiskScoresPage() {
  const isAdmin = useIsAdmin();
  const { apiParams } = useDashboardFilters();
  const scores = useQuery(riskScoresQuery);
  const origins = useQuery(summaryQuery(apiParams, 'origin'));
  const toast = useToast();
  const [edits, setEdits] = useState<Edits>({});
  const save = useWrite('risk-scores', putRiskScores, {
    onSuccess: (_, sent) => {
      setEdits({});
      toast(`${sent.length} risk score${sent.length === 1 ? '' : 's'} saved`);
    },
  });
  const reset = useWrite('risk-scores', deleteRiskScore, {
    onSuccess: (_, country) => toast(`${countryLabel(country)} is back at the default score`),
  });
  // Keyed by country: the API names the item of the list it refused ('scores[2].score').
  const problems: FormErrors<string> = save.error
    ? formErrorsOf(save.error, countryOfItemIn(save.variables ?? []), 'Could not save the scores.')
    : reset.error
      ? formErrorsOf(reset.error, () => null, 'Could not reset the score.')
      : NO_FORM_ERRORS;
  const busy = save.isPending;
  const rows = useMemo(
    () => (scores.data ? riskScoreRows(scores.data, origins.data) : []),
    [scores.data, origins.data],
  );
  const body = changedScores(rows, edits);
  const problemOf = (country: string) => problems.byField[country] ?? null;
  const saveChanges = () => {
    reset.reset();
    save.mutate(body);
  };
  const resetScore = (country: string) => {
    save.reset();
    reset.mutate(country);
  };
  const defaults = rows.filter((row) => row.isDefault && row.share !== null).length;

  return (
    <div className="page">
      <PageHeader
        title="Supply-risk scores"
        subtitle="How risky each supplier country is, from 0 (no risk) to 1: they weight the HHI by supplier"
      />
      <AdminTabs />
      <section className="card" aria-label="Risk-weighted HHI">
        <div className="card-body">
          <p>
            <strong>Risk-weighted HHI</strong> = Σ r<sub>i</sub> × (100 × s<sub>i</sub>)², each
            supplier&apos;s share s weighted by its score r. {RISK_WEIGHTED_HHI_SOURCE}.
          </p>
          <p className="muted" title={RISK_WEIGHTED_HHI_FORMULA}>
            A country no administrator has scored counts {scores.data?.defaultScore ?? 0.5}
            {defaults ? ` (${defaults} of the suppliers in this selection still do)` : ''}. Every change is
            recorded in the audit log.
          </p>
        </div>
      </section>
      <section className="card" aria-label="Scores">
        <div className="card-body">
          {scores.isError ? (
            <ErrorState error={scores.error} onRetry={() => void scores.refetch()} />
          ) : !scores.data ? (
            <Skeleton height={200} />
          ) : (
            <>
              <div className="table-scroll">
                <table className="data-table" aria-label="Supply-risk scores">
                  <thead>
                    <tr>
                      <th scope="col">Supplier</th>
                      <th scope="col" className="numeric">
                        Share of volume
                      </th>
                      <th scope="col" className="numeric">
                        Score (0–1)
                      </th>
                      <th scope="col">Rationale</th>
                      <th scope="col">
                        <span className="visually-hidden">Actions</span>
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {rows.map((row) => {
                      const edit = edits[row.country];
                      const problem = problemOf(row.country);
                      const set = (change: Partial<{ score: string; rationale: string }>) =>
                        setEdits({
                          ...edits,
                          [row.country]: {
                            ...(edit ?? { score: String(row.score), rationale: row.rationale }),
                            ...change,
                          },
                        });
                      return (
                        <tr key={row.country} data-country={row.country}>
                          <th scope="row">{countryLabel(row.country)}</th>
                          <td className="numeric">{row.share === null ? '–' : formatShare(row.share)}</td>
                          <td className="numeric">
                            {isAdmin ? (
                              <input
                                className="input"
                                style={{ width: '5.5rem', textAlign: 'right' }}
                                inputMode="decimal"
                                aria-label={`Risk score of ${countryLabel(row.country)}`}
                                aria-invalid={problem ? true : undefined}
                                value={edit?.score ?? String(row.score)}
                                onChange={(event) => set({ score: event.target.value })}
                              />
                            ) : (
                              formatNumber(row.score, 2)
                            )}{' '}
                            {row.isDefault && !edit ? <span className="pill">default</span> : null}
                            {problem ? <p className="field-error">{problem}</p> : null}
                          </td>
                          <td>
                            {isAdmin ? (
                              <input
                                className="input"
                                aria-label={`Why ${countryLabel(row.country)} has this score`}
                                value={edit?.rationale ?? row.rationale}
                                maxLength={500}
                                onChange={(event) => set({ rationale: event.target.value })}
                              />
                            ) : (
                              row.rationale || <span className="muted">–</span>
                            )}
                          </td>
                          <td>
                            {isAdmin && !row.isDefault ? (
                              <button
                                type="button"
                                className="button button-ghost"
                                onClick={() => resetScore(row.country)}
                              >
                                Reset to default
                              </button>
                            ) : null}
                          </td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </div>
              {problems.form ? (
                <p className="form-alert" role="alert">
                  {problems.form}
                </p>
              ) : null}
              {isAdmin ? (
                <div className="form-actions">
                  <button
                    type="button"
                    className="button button-primary"
                    disabled={busy || body.length === 0}
                    onClick={saveChanges}
                  >
                    {busy
                      ? 'Saving…'
                      : body.length
                        ? `Save ${body.length} score${body.length === 1 ? '' : 's'}`
                        : 'Save scores'}
                  </button>
                  {body.length ? (
                    <button type="button" className="button button-ghost" onClick={() => setEdits({})}>
                      Discard changes
                    </button>
                  ) : null}
                </div>
              ) : (
                <p className="muted">Only administrators can change the scores.</p>
              )}
            </>
          )}
        </div>
      </section>
    </div>
  );
}
