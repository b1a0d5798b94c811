import type { FieldProblem, Provider, SubscribeOutcome } from './types.js';

/**
 * `mailchimp`: the embedded form's JSONP endpoint, the one Mailchimp's own validation script
 * calls. `action` is the embed form's URL (`https://<account>.<dc>.list-manage.com/subscribe/post?u=…&id=…`);
 * we call `…/post-json?…&c=<callback>` through a `<script>` with the fields in the query
 * (`EMAIL`, `FNAME`, `group[<id>][<interest>]`, `gdpr[<id>]=Y`, and the empty `b_<u>_<id>`
 * honeypot Mailchimp expects). Under a Content-Security-Policy, the Mailchimp host must be
 * allowed in `script-src`; a page nonce, if any, is copied onto the script.
 *
 * The script calls back with `{ result, msg }`; `msg` is English only and may start with the
 * index of the field it is about ("0 - An email address must contain a single @"). We map the
 * texts we know onto our own messages and keep the original in `response`.
 */

interface MailchimpAnswer {
  result?: unknown;
  msg?: unknown;
}

type Callbacks = Record<string, ((answer: MailchimpAnswer) => void) | undefined>;

let counter = 0;

/** Reads Mailchimp's `{ result, msg }` in our terms. */
export function readMailchimpAnswer(answer: unknown): SubscribeOutcome {
  const { result, msg } = (
    typeof answer === 'object' && answer !== null ? answer : {}
  ) as MailchimpAnswer;
  if (typeof msg !== 'string' || (result !== 'success' && result !== 'error')) {
    return { ok: false, kind: 'invalid-response', response: answer };
  }
  if (result === 'success')
    return { ok: true, doubleOptIn: /confirm/i.test(msg), response: answer };
  const [, index, text = msg] = /^(\d+) - ([\s\S]*)$/.exec(msg) ?? [];
  if (/already subscribed/i.test(text))
    return { ok: true, alreadySubscribed: true, response: answer };
  if (/too many/i.test(text)) return { ok: false, kind: 'rate-limited', response: answer };
  let problem: FieldProblem | undefined;
  if (/enter a value/i.test(text)) {
    problem = index === '0' ? { field: 'email', code: 'email_missing' } : undefined;
  } else if (
    index === '0' ||
    /email address|single @|fake or invalid|domain portion|username portion/i.test(text)
  ) {
    problem = { field: 'email', code: 'email_invalid' };
  }
  return problem
    ? { ok: false, kind: 'invalid', fields: [problem], response: answer }
    : { ok: false, kind: 'rejected', response: answer };
}

/** The JSONP URL for an embed form URL: `/post?` becomes `/post-json?`, fields go in the query. */
export function mailchimpUrl(
  action: string,
  query: Record<string, string>,
  base: string = location.href,
): URL {
  const url = new URL(action, base);
  url.pathname = url.pathname.replace(/\/post(?:-json)?\/?$/, '/post-json');
  const u = url.searchParams.get('u') ?? '';
  const id = url.searchParams.get('id') ?? '';
  for (const [key, value] of Object.entries(query)) url.searchParams.append(key, value);
  url.searchParams.set(`b_${u}_${id}`, '');
  return url;
}

export const mailchimp: Provider = ({ signup, settings, signal }) =>
  new Promise((resolve) => {
    const callbacks = window as unknown as Callbacks;
    const callback = `gicsMailchimp${Date.now().toString(36)}${counter++}`;
    const query: Record<string, string> = { EMAIL: signup.email };
    if (signup.name) query.FNAME = signup.name;
    if (settings.mailchimpGroup) {
      for (const id of signup.interests) query[`group[${settings.mailchimpGroup}][${id}]`] = id;
    }
    if (settings.mailchimpPermission) query[`gdpr[${settings.mailchimpPermission}]`] = 'Y';
    query.c = callback;

    const script = document.createElement('script');
    script.src = mailchimpUrl(settings.action, query).href;
    script.async = true;
    const nonce = document.querySelector<HTMLScriptElement>('script[nonce]')?.nonce;
    if (nonce) script.nonce = nonce;

    let done = false;
    const finish = (outcome: SubscribeOutcome) => {
      if (done) return;
      done = true;
      script.remove();
      signal.removeEventListener('abort', onAbort);
      if (outcome.ok || outcome.kind !== 'timeout') {
        delete callbacks[callback];
      } else {
        // A script still on its way runs even though it left the document: a harmless stub
        // takes its late call, and goes once the script has arrived or failed.
        const forget = () => delete callbacks[callback];
        callbacks[callback] = forget;
        script.addEventListener('load', forget);
        script.addEventListener('error', forget);
      }
      resolve(outcome);
    };
    const onAbort = () => finish({ ok: false, kind: 'timeout' });

    callbacks[callback] = (answer) => finish(readMailchimpAnswer(answer));
    // `load` fires after the script ran: if it did not call back, it was not Mailchimp's answer.
    script.addEventListener('load', () => finish({ ok: false, kind: 'invalid-response' }));
    script.addEventListener('error', () =>
      finish({ ok: false, kind: navigator.onLine ? 'script' : 'offline' }),
    );
    signal.addEventListener('abort', onAbort);
    if (signal.aborted) onAbort();
    else document.head.append(script);
  });
