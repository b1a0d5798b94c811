import { NOT_JSON, failureFromStatus, send } from './http.js';
import type { Provider } from './types.js';

/**
 * `listmonk`: `POST {action}/api/public/subscription` with `{ email, name, list_uuids }`.
 * `200 { data: { has_optin } }` says whether a confirmation email went out (older versions
 * answer `{ data: true }`); `400 { message }` is shown as the service wrote it. Listmonk adds
 * an existing subscriber to the lists and answers 200, so "already subscribed" never shows.
 *
 * The public API stores no consent record: keep the one in `gics-subscribed`'s detail.
 */
export const listmonk: Provider = async ({ signup, settings, signal }) => {
  const url = `${settings.action.replace(/\/+$/, '')}/api/public/subscription`;
  const sent = await send(
    url,
    {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        email: signup.email,
        name: signup.name ?? '',
        list_uuids: settings.lists,
      }),
    },
    signal,
  );
  if (!('http' in sent)) return sent;
  const { http: response, body } = sent;
  if (!response.ok) return failureFromStatus(response, body);
  const data =
    body !== NOT_JSON && typeof body === 'object' && body !== null && 'data' in body
      ? body.data
      : undefined;
  if (data === true) return { ok: true, response: body };
  if (
    typeof data === 'object' &&
    data !== null &&
    'has_optin' in data &&
    typeof data.has_optin === 'boolean'
  ) {
    return { ok: true, doubleOptIn: data.has_optin, response: body };
  }
  return { ok: false, kind: 'invalid-response', status: response.status };
};
