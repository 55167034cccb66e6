import { spawn, type ChildProcess } from "node:child_process";

/** Serves a built site with `serve` (as `npm start` does) and resolves once it answers. */
export async function serveSite(directory: string, port: number): Promise<ChildProcess> {
  const server = spawn(process.execPath, ["node_modules/serve/build/main.js", directory, "--listen", String(port), "--no-clipboard"], {
    stdio: "ignore",
  });
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/`)).ok) return server;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  server.kill();
  throw new Error(`serve ${directory} did not start`);
}
