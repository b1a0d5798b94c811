import { readJsonAnswer, send } from './http.js';
import type { FormFieldKey, Provider } from './types.js';

/** Default parameter names; `field-names` overrides any of them (`""` leaves one out). */
export const DEFAULT_FIELD_NAMES: Record<FormFieldKey, string> = {
  email: 'email',
  name: 'name',
  language: 'language',
  interests: 'interests',
  consent: 'consent',
  consentStatement: 'consent_statement',
  consentLanguage: 'consent_language',
  consentTimestamp: 'consent_timestamp',
  consentPageUrl: 'consent_page_url',
};

/**
 * `form`: a plain HTML-form style `POST` (`application/x-www-form-urlencoded`), for services
 * that take form posts with their own field names (Brevo, Kit, Buttondown…). Interests repeat
 * their parameter; the consent checkbox is sent as `on`, like a browser would. The answer is
 * read like the `json` provider's (an empty 2xx is a success).
 */
export const form: Provider = async ({ signup, settings, signal }) => {
  const names = { ...DEFAULT_FIELD_NAMES, ...settings.fieldNames };
  const values: Array<[FormFieldKey, string | undefined]> = [
    ['email', signup.email],
    ['name', signup.name],
    ['language', signup.language],
    ...signup.interests.map((id): [FormFieldKey, string] => ['interests', id]),
    ['consent', 'on'],
    ['consentStatement', signup.consent.statement],
    ['consentLanguage', signup.consent.language],
    ['consentTimestamp', signup.consent.timestamp],
    ['consentPageUrl', signup.consent.pageUrl],
  ];
  const body = new URLSearchParams();
  for (const [key, value] of values) {
    if (names[key] && value !== undefined) body.append(names[key], value);
  }
  // A URLSearchParams body is sent as application/x-www-form-urlencoded;charset=UTF-8.
  const sent = await send(settings.action, { method: 'POST', body }, signal);
  return 'http' in sent ? readJsonAnswer(sent.http, sent.body) : sent;
};
