import { defineConfig } from 'vite';

// The policy the Lockstep server sends as a header; the built page carries it as a meta tag too, so the page is
// checked against it even when opened some other way. Only in builds: the Vite dev server injects <style> tags.
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; img-src 'self' data: blob:; style-src 'self'; script-src 'self'; worker-src 'self' blob:";

const cspMetaTag = {
  name: 'lockstep-csp-meta',
  apply: 'build',
  transformIndexHtml() {
    return [{
      tag: 'meta',
      attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
      injectTo: 'head-prepend',
    }];
  },
};

export default defineConfig({
  root: 'src',
  base: '/',
  plugins: [cspMetaTag],
  build: {
    // Maven packages target/classes into the jar; the server serves its /web folder at "/".
    outDir: '../target/classes/web',
    emptyOutDir: true,
    // Everything is a file of its own: no data: URIs or inline chunks that a strict CSP would have to allow.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    sourcemap: false,
    reportCompressedSize: false,
  },
});
