import { CreateShipments1764400000000 } from './1764400000000-CreateShipments';
import { CreateReports1764600000000 } from './1764600000000-CreateReports';

/** Every migration, oldest first. */
export const MIGRATIONS = [CreateShipments1764400000000, CreateReports1764600000000];
