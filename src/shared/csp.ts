/**
 * The page's Content-Security-Policy: nothing loads or connects outside the app itself. Ant Design
 * injects its CSS-in-JS styles at run time, hence 'unsafe-inline' for styles only; scripts never.
 * Used by the web mode's header and pinned against index.html's meta tag by csp.test.ts.
 */
export const RENDERER_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
  "worker-src 'self' blob:"
].join('; ')
