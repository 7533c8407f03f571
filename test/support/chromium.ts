// A small Chrome DevTools Protocol client for tests: starts Debian's headless `chromium` on a throw-away profile,
// speaks CDP over Node's global WebSocket, records what a page logs, and always cleans up (the process killed, the
// profile folder removed). No npm package: CI installs the `chromium` Debian package (`.ci/run`).
import { type ChildProcess, spawn } from 'node:child_process';
import { accessSync, constants, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';

/** What CDP answers or sends: plain JSON. */
type CdpObject = Record<string, unknown>;

/** Something a page reported that a test should know about: a console message, an exception, a log entry. */
interface PageMessage {
  readonly source: 'console' | 'exception' | 'log';
  /** `error`, `warning`, `log` ... (`error` for every exception). */
  readonly level: string;
  readonly text: string;
}

/** One tab, attached with a flat CDP session. */
export interface ChromiumPage {
  /** Sends a CDP command to this tab. */
  send(method: string, params?: CdpObject): Promise<CdpObject>;
  /** Navigates and resolves once the page's load event fired. */
  navigate(url: string): Promise<void>;
  /** Evaluates an expression in the page (promises awaited) and returns its value as JSON; page exceptions throw. */
  evaluate<T>(expression: string): Promise<T>;
  /** Everything the page logged since it was opened. */
  readonly messages: PageMessage[];
  /** The URL of every request the page made. */
  readonly requests: string[];
}

/** A running headless Chromium. */
export interface Chromium {
  newPage(): Promise<ChromiumPage>;
  /** Closes the browser, kills it if it does not exit, removes its profile folder. Safe to call twice. */
  close(): Promise<void>;
}

const INSTALL_HINT =
  "The HTML report test drives headless Chromium: install Debian's chromium package (apt-get install -y chromium; " +
  'CI installs it in .ci/run), or set CHROMIUM to the path of a Chromium binary.';

/** The Chromium binary: `$CHROMIUM`, else `chromium` or `chromium-browser` on PATH; throws saying how to install it. */
function findChromium(): string {
  const candidates = process.env.CHROMIUM
    ? [process.env.CHROMIUM]
    : (process.env.PATH ?? '')
        .split(delimiter)
        .filter(Boolean)
        .flatMap((dir) => [join(dir, 'chromium'), join(dir, 'chromium-browser')]);
  for (const file of candidates) {
    try {
      accessSync(file, constants.X_OK);
      return file;
    } catch {
      // not this one
    }
  }
  throw new Error(`Chromium was not found on PATH. ${INSTALL_HINT}`);
}

/** Starts headless Chromium with a fresh profile and connects to its DevTools endpoint. */
export async function startChromium(): Promise<Chromium> {
  const binary = findChromium();
  const profile = mkdtempSync(join(tmpdir(), 'spike-chromium-'));
  const child = spawn(
    binary,
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--no-default-browser-check',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-extensions',
      '--disable-dev-shm-usage',
      '--mute-audio',
      '--window-size=1280,900',
      `--user-data-dir=${profile}`,
      '--remote-debugging-port=0',
      'about:blank',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const removeProfile = () =>
    rmSync(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
  let socket: WebSocket;
  try {
    socket = await connect(await devToolsUrl(child));
  } catch (error) {
    await stop(child);
    removeProfile();
    throw error;
  }
  const client = new CdpClient(socket);
  let closed = false;
  return {
    newPage: () => openPage(client),
    async close() {
      if (closed) return;
      closed = true;
      await client.send('Browser.close').catch(() => undefined);
      socket.close();
      await stop(child);
      removeProfile();
    },
  };
}

/** Reads `DevTools listening on ws://...` from Chromium's stderr. */
function devToolsUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let stderr = '';
    const fail = (why: string) => {
      clearTimeout(timer);
      reject(new Error(`Chromium did not start: ${why}\n${stderr.slice(-3000)}`));
    };
    const timer = setTimeout(() => fail('no DevTools URL on stderr within 30 s'), 30_000);
    child.once('error', (error) => fail(error.message));
    child.once('exit', (code, signal) => fail(`it exited (${signal ?? code})`));
    child.stderr?.setEncoding('utf8');
    child.stderr?.on('data', (chunk: string) => {
      stderr += chunk;
      const found = /DevTools listening on (ws:\/\/\S+)/.exec(stderr);
      if (found?.[1]) {
        clearTimeout(timer);
        child.removeAllListeners('exit');
        resolve(found[1]);
      }
    });
  });
}

function connect(url: string): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url);
    socket.addEventListener('open', () => resolve(socket), { once: true });
    socket.addEventListener('error', () => reject(new Error(`cannot connect to ${url}`)), { once: true });
  });
}

/** Kills the process (after it had a moment to exit on its own) and waits for it to be gone. */
async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const grace = setTimeout(() => child.kill('SIGKILL'), 2000);
  child.kill('SIGTERM');
  await exited;
  clearTimeout(grace);
}

type Listener = (params: CdpObject) => void;

/** Commands with ids, events by session and method. */
class CdpClient {
  private nextId = 1;
  private readonly pending = new Map<
    number,
    { resolve: (r: CdpObject) => void; reject: (e: Error) => void }
  >();
  private readonly listeners = new Map<string, Listener[]>();

  private readonly socket: WebSocket;

  constructor(socket: WebSocket) {
    this.socket = socket;
    socket.addEventListener('message', (message) => this.receive(String(message.data)));
    socket.addEventListener('close', () => {
      for (const { reject } of this.pending.values()) reject(new Error('the DevTools connection closed'));
      this.pending.clear();
    });
  }

  send(method: string, params: CdpObject = {}, sessionId?: string): Promise<CdpObject> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.socket.send(JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) }));
    });
  }

  on(sessionId: string, method: string, listener: Listener): () => void {
    const key = `${sessionId} ${method}`;
    const list = this.listeners.get(key) ?? [];
    list.push(listener);
    this.listeners.set(key, list);
    return () => list.splice(list.indexOf(listener), 1);
  }

  private receive(text: string): void {
    const message = JSON.parse(text) as {
      id?: number;
      result?: CdpObject;
      error?: { message: string };
      method?: string;
      params?: CdpObject;
      sessionId?: string;
    };
    if (message.id !== undefined) {
      const waiting = this.pending.get(message.id);
      this.pending.delete(message.id);
      if (message.error) waiting?.reject(new Error(`CDP: ${message.error.message}`));
      else waiting?.resolve(message.result ?? {});
      return;
    }
    for (const listener of [...(this.listeners.get(`${message.sessionId ?? ''} ${message.method}`) ?? [])])
      listener(message.params ?? {});
  }
}

async function openPage(client: CdpClient): Promise<ChromiumPage> {
  const { targetId } = (await client.send('Target.createTarget', { url: 'about:blank' })) as {
    targetId: string;
  };
  const { sessionId } = (await client.send('Target.attachToTarget', { targetId, flatten: true })) as {
    sessionId: string;
  };
  const messages: PageMessage[] = [];
  const requests: string[] = [];
  client.on(sessionId, 'Runtime.consoleAPICalled', (params) => {
    const args = (params.args as { value?: unknown; description?: string }[] | undefined) ?? [];
    const text = args
      .map((arg) => (arg.value !== undefined ? String(arg.value) : (arg.description ?? '')))
      .join(' ');
    messages.push({ source: 'console', level: String(params.type), text });
  });
  client.on(sessionId, 'Runtime.exceptionThrown', (params) => {
    const details = params.exceptionDetails as { text?: string; exception?: { description?: string } };
    messages.push({
      source: 'exception',
      level: 'error',
      text: details.exception?.description ?? details.text ?? '',
    });
  });
  client.on(sessionId, 'Log.entryAdded', (params) => {
    const entry = params.entry as { level: string; text: string; url?: string };
    messages.push({
      source: 'log',
      level: entry.level,
      text: `${entry.text}${entry.url ? ` (${entry.url})` : ''}`,
    });
  });
  client.on(sessionId, 'Network.requestWillBeSent', (params) => {
    requests.push(String((params.request as { url: string }).url));
  });
  const send = (method: string, params?: CdpObject) => client.send(method, params, sessionId);
  for (const domain of ['Runtime', 'Log', 'Page', 'Network']) await send(`${domain}.enable`);
  return {
    send,
    messages,
    requests,
    async navigate(url) {
      const loaded = new Promise<void>((resolve) => {
        const off = client.on(sessionId, 'Page.loadEventFired', () => {
          off();
          resolve();
        });
      });
      const result = (await send('Page.navigate', { url })) as { errorText?: string };
      if (result.errorText) throw new Error(`navigating to ${url} failed: ${result.errorText}`);
      await loaded;
    },
    async evaluate<T>(expression: string) {
      const result = (await send('Runtime.evaluate', {
        expression,
        awaitPromise: true,
        returnByValue: true,
      })) as {
        result: { value?: T };
        exceptionDetails?: { text?: string; exception?: { description?: string } };
      };
      if (result.exceptionDetails) {
        const details = result.exceptionDetails;
        throw new Error(`page error: ${details.exception?.description ?? details.text}`);
      }
      return result.result.value as T;
    },
  };
}
