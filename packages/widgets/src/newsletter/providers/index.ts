import { form } from './form.js';
import { json } from './json.js';
import { listmonk } from './listmonk.js';
import { mailchimp } from './mailchimp.js';
import type { Provider, ProviderName } from './types.js';

/** Every built-in provider by the name the `provider` attribute takes. */
export const providers = { json, form, listmonk, mailchimp } satisfies Record<
  ProviderName,
  Provider
>;

export * from './types.js';
