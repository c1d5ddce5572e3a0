// An HTTP proxy on 127.0.0.1 in front of a real server that fails the way networks do, on cue:
// it cuts a response after N body bytes, or answers 5xx instead of forwarding, a set number of
// times. Requests pass through byte for byte otherwise (the Host header too, so SigV4 signatures
// made for the proxy's address still verify upstream). It records what it saw.
import { request as httpRequest, createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FaultRule {
  /** Which requests the rule applies to; all when absent. */
  match?: (req: IncomingMessage) => boolean;
  /** Forward, then destroy the connection after this many bytes of the response body. */
  cutAfterBytes?: number;
  /** Answer this status without forwarding. */
  status?: number;
  /** How many more times the rule fires. */
  times: number;
}

export interface SeenRequest {
  method: string;
  path: string;
  range: string | undefined;
  authorization: string | undefined;
  fault: 'cut' | 'status' | null;
}

export class FaultProxy {
  readonly seen: SeenRequest[] = [];
  rules: FaultRule[] = [];
  cuts = 0;
  private inFlight = 0;
  /** Most requests open at once since the last reset(). */
  maxInFlight = 0;

  private constructor(
    private readonly server: Server,
    readonly url: string,
  ) {}

  static async start(upstream: string): Promise<FaultProxy> {
    const up = new URL(upstream);
    let proxy: FaultProxy | null = null;
    const server = createServer((req, res) => (proxy as FaultProxy).handle(req, res, up));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    proxy = new FaultProxy(server, `http://127.0.0.1:${(server.address() as AddressInfo).port}`);
    return proxy;
  }

  reset(rules: FaultRule[] = []): void {
    this.rules = rules;
    this.seen.length = 0;
    this.cuts = 0;
    this.maxInFlight = 0;
  }

  private take(req: IncomingMessage): FaultRule | null {
    const rule = this.rules.find((r) => r.times > 0 && (!r.match || r.match(req)));
    if (rule) rule.times--;
    return rule ?? null;
  }

  private handle(req: IncomingMessage, res: import('node:http').ServerResponse, up: URL): void {
    const rule = this.take(req);
    const seen: SeenRequest = { method: req.method ?? '', path: req.url ?? '', range: req.headers.range, authorization: req.headers.authorization, fault: null };
    this.seen.push(seen);
    this.inFlight++;
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
    let done = false;
    const finish = () => {
      if (!done) this.inFlight--;
      done = true;
    };
    res.on('close', finish);
    if (rule?.status) {
      seen.fault = 'status';
      req.resume();
      res.writeHead(rule.status, { 'content-type': 'application/xml' }).end('<Error><Code>SlowDown</Code><Message>injected</Message></Error>');
      return;
    }
    const upstreamReq = httpRequest({ host: up.hostname, port: up.port, method: req.method, path: req.url, headers: req.headers }, (upRes) => {
      res.writeHead(upRes.statusCode ?? 502, upRes.rawHeaders);
      const limit = rule?.cutAfterBytes;
      if (limit === undefined) {
        upRes.pipe(res);
        return;
      }
      let sent = 0;
      upRes.on('data', (chunk: Buffer) => {
        if (seen.fault) return;
        const room = limit - sent;
        if (chunk.length < room) {
          sent += chunk.length;
          res.write(chunk);
          return;
        }
        seen.fault = 'cut';
        this.cuts++;
        res.write(chunk.subarray(0, room), () => {
          res.socket?.destroy();
          upRes.destroy();
        });
      });
      upRes.on('end', () => {
        if (!seen.fault) res.end();
      });
    });
    upstreamReq.on('error', () => res.socket?.destroy());
    req.pipe(upstreamReq);
  }

  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((r) => this.server.close(() => r()));
  }
}
