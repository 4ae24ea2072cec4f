import { CreateShipments1764400000000 } from './1764400000000-CreateShipments';
import { CreateFxRates1764500000000 } from './1764500000000-CreateFxRates';
import { CreateShipmentMonthlyRollup1764500000001 } from './1764500000001-CreateShipmentMonthlyRollup';
import { CreateShipmentMonthlyByDimension1764500000002 } from './1764500000002-CreateShipmentMonthlyByDimension';

/** Every migration, oldest first. */
export const MIGRATIONS = [
  CreateShipments1764400000000,
  CreateFxRates1764500000000,
  CreateShipmentMonthlyRollup1764500000001,
  CreateShipmentMonthlyByDimension1764500000002,
];
