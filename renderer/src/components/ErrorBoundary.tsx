// Catches a render error anywhere below it: the user sees what happened and can reload, instead of a blank window.
import { Component, type ErrorInfo, type ReactNode } from 'react';
import i18n from '../i18n/index.ts';

interface State {
  error: Error | null;
  componentStack: string;
}

export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  state: State = { error: null, componentStack: '' };

  static getDerivedStateFromError(error: Error): Partial<State> {
    return { error };
  }

  componentDidCatch(error: Error, info: ErrorInfo): void {
    this.setState({ componentStack: info.componentStack ?? '' });
    console.error('render error', error);
  }

  render(): ReactNode {
    const { error, componentStack } = this.state;
    if (!error) return this.props.children;
    const t = i18n.t;
    return (
      <div className="error-boundary" role="alert" data-testid="error-boundary">
        <h1>{t('problems.boundary.title')}</h1>
        <p>{t('problems.boundary.body')}</p>
        <button className="button primary" onClick={() => location.reload()}>{t('problems.boundary.reload')}</button>
        <details>
          <summary>{t('problems.boundary.detail')}</summary>
          <pre>{`${error.name}: ${error.message}\n${error.stack ?? ''}${componentStack}`}</pre>
        </details>
      </div>
    );
  }
}
