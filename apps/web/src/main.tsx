import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import './styles/base.css';
import './styles/layout.css';
import './styles/components.css';
import './styles/pages/what-if.css';
import './styles/pages/shipments.css';
import './styles/pages/import.css';
import './styles/pages/reports.css';
import './styles/pages/alerts.css';
import './styles/pages/overview.css';
import './styles/pages/flows.css';
import './styles/pages/targets.css';
import './styles/pages/official-statistics.css';
import './styles/pages/admin.css';
import './styles/pages/prices.css';

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
