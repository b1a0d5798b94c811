/** Defines every GICS element. This is the entry of the one-file CDN build. */
import './define/gics-theme-badge.js';

export * from './index.js';
