/**
 * A stand-in for a Lit element, for testing the agenda's reactive controllers on their own:
 * it keeps the controllers added to it, counts update requests, and runs the lifecycle calls
 * (`connect`, `update`, `disconnect`) when a test says so.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class ControllerHost implements ReactiveControllerHost {
  /** Update requests so far. */
  updates = 0;
  readonly renderRoot = document.createElement('div');
  readonly updateComplete = Promise.resolve(true);
  private readonly controllers: ReactiveController[] = [];

  addController(controller: ReactiveController): void {
    this.controllers.push(controller);
  }

  removeController(controller: ReactiveController): void {
    this.controllers.splice(this.controllers.indexOf(controller), 1);
  }

  requestUpdate(): void {
    this.updates += 1;
  }

  connect(): void {
    document.body.append(this.renderRoot);
    for (const controller of this.controllers) controller.hostConnected?.();
  }

  /** What an update does for controllers: `hostUpdate` before the render, `hostUpdated` after. */
  update(): void {
    for (const controller of this.controllers) controller.hostUpdate?.();
    for (const controller of this.controllers) controller.hostUpdated?.();
  }

  disconnect(): void {
    for (const controller of this.controllers) controller.hostDisconnected?.();
    this.renderRoot.remove();
  }
}

/** Resolves after `ms` milliseconds. */
export const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
