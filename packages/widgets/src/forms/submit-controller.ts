import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What a submission's sending needs from its element. */
export interface SubmitControllerOptions<Outcome> {
  /** Milliseconds to wait for an outcome before giving up (`0`: wait for ever); read per send. */
  timeout: () => number;
  /** The outcome when `timeout` ms pass, or the element leaves the page, first. */
  timedOut: Outcome;
  /**
   * The outcome when sending threw, which is a bug rather than a fault the visitor caused: the
   * element says so to the developer (console) and recovers the form.
   */
  failed: (error: unknown) => Outcome;
}

/**
 * Sends one submission at a time for a form element and says how it went.
 *
 *   send(payload)
 *     → `sending`; one `AbortController`, aborted after `timeout` ms or when the element leaves
 *     → `start(signal)`: the element fires its cancelable event and answers with a function
 *       that delivers the payload itself, or with nothing when the host sends it; the host then
 *       calls the element's `reportOutcome()`, which calls `report()` (ready before the event
 *       fires, so a host may report from inside its listener)
 *     → the outcome: delivered, reported, `timedOut` or `failed(error)`, and whether the
 *       element delivered it (`byUs`)
 *     → `undefined` instead when the element left the page (or a later send took over) while
 *       waiting: nobody is there to tell.
 *
 * `last` keeps the latest payload, which "Try again" sends again through the same path.
 */
export class SubmitController<Payload, Outcome> implements ReactiveController {
  /** A request is in flight: the form ignores submits until it ends. */
  sending = false;
  /** The latest payload sent. */
  last?: Payload;

  private request?: AbortController;
  private settle?: (outcome: Outcome) => void;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: SubmitControllerOptions<Outcome>,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.request?.abort();
    this.request = undefined;
    this.setSending(false);
  }

  /** The host's outcome for the payload it sends itself; ignored when none is waiting. */
  report(outcome: Outcome): void {
    this.settle?.(outcome);
  }

  /** Sends `payload` (see the class); resolves with its outcome, or `undefined` (see there). */
  async send(
    payload: Payload,
    start: (signal: AbortSignal) => (() => Promise<Outcome>) | undefined,
  ): Promise<{ outcome: Outcome; byUs: boolean } | undefined> {
    this.last = payload;
    this.setSending(true);
    const request = new AbortController();
    this.request = request;
    const timeout = this.options.timeout();
    const timer = timeout > 0 ? setTimeout(() => request.abort(), timeout) : undefined;
    const reported = new Promise<Outcome>((resolve) => {
      this.settle = resolve;
      request.signal.addEventListener('abort', () => resolve(this.options.timedOut));
    });
    let deliver: (() => Promise<Outcome>) | undefined;
    let outcome: Outcome;
    try {
      deliver = start(request.signal);
      if (deliver) this.settle = undefined;
      outcome = deliver ? await deliver() : await reported;
    } catch (error) {
      outcome = this.options.failed(error);
    } finally {
      clearTimeout(timer);
      this.settle = undefined;
    }
    if (this.request !== request) return undefined;
    this.request = undefined;
    this.setSending(false);
    return { outcome, byUs: deliver !== undefined };
  }

  private setSending(sending: boolean): void {
    if (this.sending === sending) return;
    this.sending = sending;
    this.host.requestUpdate();
  }
}
