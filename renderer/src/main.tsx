import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './i18n/index.ts';
import './styles.css';
import './theme.ts';
import { api } from './api/client.ts';
import { ApiProvider } from './api/context.tsx';
import { App } from './App.tsx';
import { ErrorBoundary } from './components/ErrorBoundary.tsx';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ErrorBoundary>
      <ApiProvider api={api}>
        <App />
      </ApiProvider>
    </ErrorBoundary>
  </StrictMode>,
);
