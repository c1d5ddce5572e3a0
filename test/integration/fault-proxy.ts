// An HTTP proxy on 127.0.0.1 in front of a real server that fails the way networks do, on cue:
// it cuts a response after N body bytes, cuts a request after N of its body bytes (an upload whose
// connection drops), answers 5xx instead of forwarding, rewrites the server's answer (a server of
// another API version, a corrupted object), or never answers, a set number of times. Requests pass
// through byte for byte otherwise (the Host header too, so SigV4 signatures made for the proxy's
// address still verify upstream). It records what it saw.
import { request as httpRequest, createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FaultRule {
  /** Which requests the rule applies to; all when absent. */
  match?: (req: IncomingMessage) => boolean;
  /** Forward, then destroy the connection after this many bytes of the response body. */
  cutAfterBytes?: number;
  /** Destroy the client's connection once this many bytes of the request body arrived: no answer comes. */
  cutRequestAfterBytes?: number;
  /**
   * With cutRequestAfterBytes: pass the request on only once its body is complete, as a buffering
   * front proxy does (nginx's proxy_request_buffering, on by default), so a cut request never
   * reaches the server. Without it the server gets the bytes before the cut and then a reset.
   */
  holdRequest?: boolean;
  /** Answer this status without forwarding. */
  status?: number;
  /** Forward, then answer the server's status with this body in place of the server's. */
  rewrite?: (body: string) => string;
  /** Take the request and never answer (until the client gives up or the proxy closes). */
  silent?: boolean;
  /** How many more times the rule fires. */
  times: number;
}

export interface SeenRequest {
  method: string;
  path: string;
  range: string | undefined;
  authorization: string | undefined;
  contentRange: string | undefined;
  /** Bytes of the request body that arrived from the client (all of them, up to a cut). */
  requestBytes: number;
  fault: 'cut' | 'cut-request' | 'status' | 'rewrite' | 'silent' | null;
}

export class FaultProxy {
  readonly seen: SeenRequest[] = [];
  rules: FaultRule[] = [];
  /** Responses cut. */
  cuts = 0;
  /** Requests cut (cutRequestAfterBytes). */
  requestCuts = 0;
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
    this.requestCuts = 0;
    this.maxInFlight = 0;
  }

  private take(req: IncomingMessage): FaultRule | null {
    const rule = this.rules.find((r) => r.times > 0 && (!r.match || r.match(req)));
    if (rule) rule.times--;
    return rule ?? null;
  }

  private handle(req: IncomingMessage, res: ServerResponse, up: URL): void {
    const rule = this.take(req);
    const seen: SeenRequest = {
      method: req.method ?? '',
      path: req.url ?? '',
      range: req.headers.range,
      authorization: req.headers.authorization,
      contentRange: req.headers['content-range'],
      requestBytes: 0,
      fault: null,
    };
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
    if (rule?.silent) {
      seen.fault = 'silent';
      req.resume();
      return;
    }
    if (rule?.cutRequestAfterBytes !== undefined && rule.holdRequest) {
      this.holdThenForward(req, res, up, rule, seen);
      return;
    }
    this.forward(req, res, up, rule, seen);
  }

  /** The whole body first (cut on cue, then nothing is forwarded), then the request upstream. */
  private holdThenForward(req: IncomingMessage, res: ServerResponse, up: URL, rule: FaultRule, seen: SeenRequest): void {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => {
      if (seen.fault) return;
      const room = (rule.cutRequestAfterBytes as number) - seen.requestBytes;
      seen.requestBytes += Math.min(chunk.length, room);
      chunks.push(chunk);
      if (chunk.length >= room) this.cutRequest(req, seen);
    });
    req.on('end', () => {
      if (!seen.fault) this.forward(req, res, up, null, seen, Buffer.concat(chunks));
    });
  }

  private cutRequest(req: IncomingMessage, seen: SeenRequest): void {
    seen.fault = 'cut-request';
    this.requestCuts++;
    req.socket.destroy();
  }

  /** Forwards the request (its body streamed, or `body` when held), and the response back. */
  private forward(req: IncomingMessage, res: ServerResponse, up: URL, rule: FaultRule | null, seen: SeenRequest, body?: Buffer): void {
    const upstreamReq = httpRequest({ host: up.hostname, port: up.port, method: req.method, path: req.url, headers: req.headers }, (upRes) => {
      if (rule?.rewrite) {
        this.rewrite(upRes, res, rule.rewrite, seen);
        return;
      }
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
    if (body) {
      upstreamReq.end(body);
      return;
    }
    const cutAt = rule?.cutRequestAfterBytes;
    req.on('data', (chunk: Buffer) => {
      if (seen.fault === 'cut-request') return;
      const room = cutAt === undefined ? Infinity : cutAt - seen.requestBytes;
      seen.requestBytes += Math.min(chunk.length, room);
      if (chunk.length < room) {
        // Backpressure: a large upload must not pile up in the proxy's memory.
        if (!upstreamReq.write(chunk)) {
          req.pause();
          upstreamReq.once('drain', () => req.resume());
        }
        return;
      }
      // The server gets the bytes before the cut, then a reset, as with a dropped connection.
      this.cutRequest(req, seen);
      upstreamReq.write(chunk.subarray(0, room), () => upstreamReq.destroy());
    });
    req.on('end', () => {
      if (seen.fault !== 'cut-request') upstreamReq.end();
    });
  }

  /** The server's whole answer read, then sent on with the body `rewrite` makes of it. */
  private rewrite(upRes: IncomingMessage, res: ServerResponse, rewrite: (body: string) => string, seen: SeenRequest): void {
    const chunks: Buffer[] = [];
    upRes.on('data', (c: Buffer) => chunks.push(c));
    upRes.on('end', () => {
      seen.fault = 'rewrite';
      const body = Buffer.from(rewrite(Buffer.concat(chunks).toString('utf8')));
      const headers = { ...upRes.headers, 'content-length': String(body.length) };
      delete headers['transfer-encoding'];
      delete headers['content-encoding'];
      res.writeHead(upRes.statusCode ?? 502, headers).end(body);
    });
  }

  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((r) => this.server.close(() => r()));
  }
}
