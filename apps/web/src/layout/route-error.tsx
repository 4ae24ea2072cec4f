import { isRouteErrorResponse, Link, useRouteError } from 'react-router-dom';

/** Shown when a page fails to load (e.g. its code chunk is gone after a deploy) or does not exist. */
export function RouteError() {
  const error = useRouteError();
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  return (
    <div className="page-center">
      <div className="state">
        <p className="state-title">
          {notFound ? 'This page does not exist' : 'This page could not be loaded'}
        </p>
        <p className="state-body">
          {notFound
            ? 'Check the address, or go back to the overview.'
            : 'Reload the page to get the latest version.'}
        </p>
        <p>
          <Link className="button button-primary" to="/">
            Go to the overview
          </Link>
        </p>
      </div>
    </div>
  );
}

export function NotFoundPage() {
  return (
    <div className="page-center">
      <div className="state">
        <p className="state-title">This page does not exist</p>
        <p>
          <Link className="button button-primary" to="/">
            Go to the overview
          </Link>
        </p>
      </div>
    </div>
  );
}
