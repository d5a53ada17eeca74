// A tiny static file server for the demo and the end-to-end tests.
//   node scripts/serve.mjs [port]      serves the repository root
// Tests import `serve` to start one on a free port, optionally with extra
// headers (a Content-Security-Policy, say).
import { createReadStream, statSync } from "node:fs";
import { createServer } from "node:http";
import { extname, join, normalize, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".wasm": "application/wasm",
  ".png": "image/png",
  ".svg": "image/svg+xml",
};

export function serve(root, { port = 0, host = "127.0.0.1", headers = {}, log = null } = {}) {
  const base = resolve(root);
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
    let file = normalize(join(base, path));
    if (!file.startsWith(base)) {
      res.writeHead(403).end();
      return;
    }
    try {
      if (statSync(file).isDirectory()) file = join(file, "index.html");
      statSync(file);
    } catch {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
      return;
    }
    if (log) log(req.method, path);
    res.writeHead(200, {
      "content-type": TYPES[extname(file)] || "application/octet-stream",
      "cache-control": "no-store",
      "access-control-allow-origin": "*",
      ...headers,
    });
    createReadStream(file).pipe(res);
  });
  return new Promise((ok) =>
    server.listen(port, host, () => {
      const url = `http://${host}:${server.address().port}`;
      ok({ url, close: () => new Promise((done) => server.close(done)) });
    }),
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const port = Number(process.argv[2] || process.env.PORT || 8080);
  const root = join(fileURLToPath(import.meta.url), "../..");
  const { url } = await serve(root, { port, host: "127.0.0.1" });
  console.log(`pmu-care demo: ${url}/index.html  (Ctrl+C to stop)`);
}
