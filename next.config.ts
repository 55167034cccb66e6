import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Every page is static HTML in out/, servable from any static host.
  output: "export",
  // /gemeenten/ede/ becomes out/gemeenten/ede/index.html, which every static
  // host serves without rewrite rules.
  trailingSlash: true,
  images: { unoptimized: true },
  reactStrictMode: true,
  poweredByHeader: false,
};

export default nextConfig;
