import { useEffect, useState } from 'react';

/** Placeholder shell until the dashboard lands: shows that the API answers. */
export function App() {
  const [health, setHealth] = useState<string>('checking…');
  useEffect(() => {
    fetch('/api/health')
      .then((response) => response.json())
      .then((body: { status: string }) => setHealth(body.status))
      .catch(() => setHealth('unreachable'));
  }, []);
  return (
    <main style={{ fontFamily: 'system-ui, sans-serif', padding: '2rem' }}>
      <h1>tradeflow</h1>
      <p>Import diversification analytics. API status: {health}</p>
      <p>
        <a href="/api/docs">API documentation</a>
      </p>
    </main>
  );
}
