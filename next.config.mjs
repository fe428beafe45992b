/** @type {import('next').NextConfig} */
const nextConfig = {
  // A static site: works offline, hostable anywhere, served by scripts/serve.mjs.
  output: 'export',
  trailingSlash: true,
  images: { unoptimized: true },
  poweredByHeader: false,
  // shiki loads grammars and themes with dynamic imports; keep it (and the MDX
  // compiler) in Node at build time instead of bundling it into the server chunks.
  serverExternalPackages: ['mdx-bundler', 'esbuild', 'shiki', 'rehype-pretty-code'],
};
export default nextConfig;
