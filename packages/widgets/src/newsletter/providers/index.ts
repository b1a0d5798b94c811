import type { Provider, ProviderName } from './types.js';

/**
 * Every built-in provider by the name the `provider` attribute takes, each loaded on demand.
 *
 * Why: a form talks to one service, so a page loads only that service's code, never the
 * others'. The form asks for its provider as soon as the visitor starts filling it in, so the
 * module has arrived long before "Subscribe" is pressed.
 */
const loaders = {
  json: () => import('./json.js').then((module) => module.json),
  form: () => import('./form.js').then((module) => module.form),
  listmonk: () => import('./listmonk.js').then((module) => module.listmonk),
  mailchimp: () => import('./mailchimp.js').then((module) => module.mailchimp),
} satisfies Record<ProviderName, () => Promise<Provider>>;

const loaded = new Map<ProviderName, Promise<Provider>>();

/** The provider called `name`, loaded once per page. A failed load is tried again next time. */
export function loadProvider(name: ProviderName): Promise<Provider> {
  let provider = loaded.get(name);
  if (!provider) {
    provider = loaders[name]();
    provider.catch(() => loaded.delete(name));
    loaded.set(name, provider);
  }
  return provider;
}

export * from './types.js';
