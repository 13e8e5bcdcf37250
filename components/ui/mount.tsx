/** Mounts a React page into #root. */
import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';

export function mountPage(node: ReactNode): void {
  const container = document.getElementById('root');
  if (!container) throw new Error('Page is missing its #root element');
  createRoot(container).render(<StrictMode>{node}</StrictMode>);
}
