/**
 * Host pages the elements land in: the style sheets of common site themes, reduced to what
 * reaches an element through its shadow root (inherited text properties, the root font size)
 * and what sits on top of it (a fixed site header). The host-page tests mount every element in
 * each of them, next to the plain page, and compare what a visitor sees.
 */

/** One host page: its style sheet, and whether it shows a fixed site header. */
export interface HostProfile {
  /** Said in test names and in the Embedding guide's screenshots. */
  name: string;
  css: string;
}

/** The height of the fixed site header in the `fixed-header` profile, in CSS pixels. */
export const SITE_HEADER_HEIGHT = 80;

export const HOST_PROFILES = [
  { name: 'plain', css: '' },
  {
    // The "1rem = 10px" pattern of many WordPress and Drupal themes, with a large serif body.
    name: 'root-62.5%',
    css: `html { font-size: 62.5%; }
      body { font: 2rem/2 Georgia, serif; }`,
  },
  {
    // What a Bootstrap-style reboot leaves on the body, with the 10-px root of its older
    // releases.
    name: 'bootstrap-like',
    css: `html { font-size: 10px; -webkit-text-size-adjust: 100%; }
      *, *::before, *::after { box-sizing: border-box; }
      body { margin: 0; font-family: system-ui, sans-serif; font-size: 1.4rem; font-weight: 400;
        line-height: 1.42857; color: #212529; text-align: left; background: #fff; }
      button, input, select { margin: 0; font: inherit; text-transform: none; }`,
  },
  {
    // A Tailwind-preflight-style reset: every box stripped, the root's line height and font
    // stack inherited, lists and headings unstyled.
    name: 'tailwind-like',
    css: `*, ::before, ::after { box-sizing: border-box; border: 0 solid; margin: 0; padding: 0; }
      html { line-height: 1.5; font-family: ui-sans-serif, system-ui, sans-serif; tab-size: 4; }
      body { line-height: inherit; letter-spacing: -0.01em; }
      h1, h2, h3 { font-size: inherit; font-weight: inherit; }
      ol, ul { list-style: none; }
      button, input, select { font: inherit; color: inherit; background: transparent; }
      img, svg { display: block; vertical-align: middle; }`,
  },
  {
    // A theme with a fixed header; the site tells the elements its height through the token.
    name: 'fixed-header',
    css: `body { margin: 0; padding-block-start: ${SITE_HEADER_HEIGHT}px; }
      .site-header { position: fixed; inset: 0 0 auto; block-size: ${SITE_HEADER_HEIGHT}px;
        z-index: 10; background: #2b2b2b; color: #fff; }
      :root { --gics-sticky-offset: ${SITE_HEADER_HEIGHT}px; }`,
  },
] as const satisfies readonly HostProfile[];

export type HostProfileName = (typeof HOST_PROFILES)[number]['name'];

/** Inherited text properties a theme may set on its body, each far from our defaults. */
export const HOSTILE_TEXT = `body { line-height: 3; letter-spacing: 0.2em; word-spacing: 1em;
  text-transform: uppercase; text-align: justify; text-indent: 3em; white-space: pre;
  font-style: italic; font-weight: 700; }`;

/**
 * Opens a host page in a frame `width` pixels wide, with every GICS element defined by the
 * page's own copy of the modules, and `markup` in its body under a site header.
 */
export async function openHostPage(
  css: string,
  markup: string,
  options: { width: number; height?: number; lang?: string },
): Promise<{ frame: HTMLIFrameElement; page: Document; remove: () => void }> {
  const frame = document.createElement('iframe');
  frame.width = String(options.width);
  frame.height = String(options.height ?? 800);
  frame.style.border = '0';
  frame.style.display = 'block';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const moduleUrl = new URL('../../all.ts', import.meta.url).href;
  frame.srcdoc = `<!doctype html><html lang="${options.lang ?? 'en'}"><head>
    <meta name="viewport" content="width=device-width">
    <style>${css}</style>
    <script type="module" src="${moduleUrl}"></script></head>
    <body><header class="site-header">Co-op site</header><main>${markup}</main></body></html>`;
  document.body.append(frame);
  await loaded;
  // Vitest's browser mode rewrites `import()` into a call on a runner object that only the
  // test page has; the frame gets the same stand-in Vitest gives workers.
  Object.assign(frame.contentWindow!, {
    __vitest_browser_runner__: { wrapDynamicImport: (load: () => unknown) => load() },
  });
  await frame.contentWindow!.customElements.whenDefined('gics-agenda');
  const page = frame.contentDocument!;
  for (const element of page.querySelectorAll('*')) {
    await (element as Element & { updateComplete?: Promise<unknown> }).updateComplete;
  }
  return { frame, page, remove: () => frame.remove() };
}
