import { readJsonAnswer, send } from './http.js';
import type { Provider } from './types.js';

/**
 * `json` (the default): `POST action` with the signup as `application/json`, exactly the
 * `Signup` schema of `@gics/core` (`{ email, name?, language, interests, consent }`).
 */
export const json: Provider = async ({ signup, settings, signal }) => {
  const sent = await send(
    settings.action,
    {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(signup),
    },
    signal,
  );
  return 'http' in sent ? readJsonAnswer(sent.http, sent.body) : sent;
};
