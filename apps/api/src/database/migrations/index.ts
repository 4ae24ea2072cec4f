import { CreateShipments1764400000000 } from './1764400000000-CreateShipments';

/** Every migration, oldest first. */
export const MIGRATIONS = [CreateShipments1764400000000];
