/**
 * The browser side of the server-side rendering's page tests, as an app would write it:
 * hydration support first, then the elements that can be pre-rendered.
 */
import './hydrate-support.js';
import '../define/gics-agenda.js';
import '../define/gics-practices.js';
import '../define/gics-members.js';
