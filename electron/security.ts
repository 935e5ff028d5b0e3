// Security settings shared by the Electron window and the HTTP host; asserted by test/unit/security.test.ts.
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  // recharts and React set inline style attributes.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** The policy as a <meta> tag in the built index.html: a file:// or app:// page gets no response headers.
 *  frame-ancestors is left out, as browsers ignore it in a meta tag. */
export const metaContentSecurityPolicy = contentSecurityPolicy
  .split('; ')
  .filter((directive) => !directive.startsWith('frame-ancestors'))
  .join('; ');

/** BrowserWindow webPreferences: the renderer gets no Node, an isolated preload, and Chromium's sandbox. */
export const secureWebPreferences = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  spellcheck: false,
} as const;
