// /api/saved-views: named dashboard views (a page and its filters) shared with the team.
import type { ActorType } from './auth-contract';

/** POST body. */
export interface SavedViewInput {
  /** 1-80 characters, unique in the team (whatever the case). */
  name: string;
  /** A dashboard page: one of SAVED_VIEW_PATHS. */
  path: string;
  /** The page's query string without the leading `?`, e.g. `from=2023-06-01&to=2023-06-30&origin=RU`. */
  query?: string;
}

export interface SavedView {
  id: string;
  name: string;
  path: string;
  query: string;
  /** Who saved it: a user or an API key, by name. */
  createdBy: { type: ActorType; name: string };
  createdAt: string;
}

/** Newest first. */
export interface SavedViewList {
  items: SavedView[];
}
