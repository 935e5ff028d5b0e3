import { ensureRendererBuilt } from '../../scripts/ensure-renderer.ts';

export default function setup(): void {
  ensureRendererBuilt();
}
