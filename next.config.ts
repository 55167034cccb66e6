import type { NextConfig } from "next";

// One moment for the whole build: the data exports state it (lib/open-data/build-info.ts),
// and Next's page workers inherit the variable from this process.
process.env.BUILD_TIME ??= new Date().toISOString();

const nextConfig: NextConfig = {
  // Every page is static HTML in out/, servable from any static host.
  output: "export",
  // /gemeenten/ede/ becomes out/gemeenten/ede/index.html, which every static
  // host serves without rewrite rules.
  trailingSlash: true,
  images: { unoptimized: true },
  // BASE_PATH=/gouden-gemeenten builds the site for a subfolder (a project page, say).
  ...(process.env.BASE_PATH ? { basePath: process.env.BASE_PATH } : {}),
  // Client components build links with lib/site's withBasePath too (components/page-link.tsx).
  env: { BASE_PATH: process.env.BASE_PATH ?? "" },
  reactStrictMode: true,
  // A test build (another content set, a base path) goes into its own folder
  // instead of out/; with output: "export" the export lands in distDir.
  ...(process.env.NEXT_DIST_DIR ? { distDir: process.env.NEXT_DIST_DIR } : {}),
  // Turbopack keeps one compile cache for the project (.next/cache/turbopack). A build into another folder has another
  // base path or content and compiled everything anew and then rewrote that cache: the variant of npm test took 20 s
  // instead of 12 s to compile, and the next build of out/ started cold. So only the build of out/ keeps the cache.
  experimental: { turbopackFileSystemCacheForBuild: !process.env.NEXT_DIST_DIR },
  poweredByHeader: false,
  // npm test checks the types once, before its builds (npm run typecheck, the route types Next generates included), and
  // says so with TYPES_CHECKED=1 (scripts/run-tests.ts). Every other build checks them itself.
  typescript: { ignoreBuildErrors: process.env.TYPES_CHECKED === "1" },
};

export default nextConfig;
