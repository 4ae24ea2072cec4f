import type { ShipmentInput } from '@tradeflow/domain';
import { useQuery } from '@tanstack/react-query';
import { Link, useLocation, useNavigate, useParams } from 'react-router-dom';
import { createShipment, shipmentQuery, updateShipment } from '../../api/shipments';
import { useWrite } from '../../api/writes';
import { useCanWrite } from '../../auth/session-context';
import { PageHeader } from '../../layout/page-header';
import { ErrorState, Skeleton } from '../../layout/states';
import { useToast } from '../../layout/toasts';
import { ShipmentForm } from './shipment-form';

/** Back to the list the analyst came from (its filters and page are in the query string). */
function useBackToList() {
  const location = useLocation();
  const navigate = useNavigate();
  const from = (location.state as { from?: string } | null)?.from;
  return () => navigate(from ?? `/shipments${location.search}`);
}

function ReadOnlyNotice() {
  return (
    <div className="card">
      <ErrorState error={new Error('Your role can read shipments but not change them.')} />
    </div>
  );
}

export function NewShipmentPage() {
  const create = useWrite('shipments', (input: ShipmentInput) => createShipment(input));
  const back = useBackToList();
  const toast = useToast();
  const canWrite = useCanWrite();
  return (
    <div className="page page-narrow">
      <PageHeader title="Add a shipment" aside={<Link to="/shipments">All shipments</Link>} />
      {canWrite ? (
        <div className="card form-card">
          <ShipmentForm
            onCancel={back}
            onSubmit={async (body) => {
              const saved = await create.mutateAsync(body as ShipmentInput);
              toast(`Shipment ${saved.reference} added`);
              back();
            }}
          />
        </div>
      ) : (
        <ReadOnlyNotice />
      )}
    </div>
  );
}

export function EditShipmentPage() {
  const { id = '' } = useParams();
  const update = useWrite('shipments', (patch: Partial<ShipmentInput>) => updateShipment(id, patch));
  const back = useBackToList();
  const toast = useToast();
  const canWrite = useCanWrite();
  const shipment = useQuery(shipmentQuery(id));
  return (
    <div className="page page-narrow">
      <PageHeader
        title={shipment.data ? `Edit ${shipment.data.reference}` : 'Edit shipment'}
        aside={<Link to="/shipments">All shipments</Link>}
      />
      {!canWrite ? (
        <ReadOnlyNotice />
      ) : shipment.isPending ? (
        <Skeleton height={480} label="Loading the shipment" />
      ) : shipment.isError ? (
        <div className="card">
          <ErrorState error={shipment.error} onRetry={() => void shipment.refetch()} />
        </div>
      ) : (
        <div className="card form-card">
          <ShipmentForm
            shipment={shipment.data}
            onCancel={back}
            onSubmit={async (patch) => {
              const saved = await update.mutateAsync(patch);
              toast(`Shipment ${saved.reference} saved`);
              back();
            }}
          />
        </div>
      )}
    </div>
  );
}
