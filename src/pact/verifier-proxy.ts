import { createServer } from 'node:http';
import { answerAsKit } from './forward-request.ts';
import { type LocalServer, listen } from './local-server.ts';
import type { signingRequestFilter } from './signing-request-filter.ts';

/**
 * Serves a forwarding {@link signingRequestFilter} (one made with `forwardTo`) on 127.0.0.1, for Pact's verifier
 * running in a child process: the child replays each contract request here, and the filter re-signs it in this
 * process and sends it to the endpoint, recording the answers the kit produces itself. Provider states never come
 * here (the child asks for them over IPC).
 *
 * @example
 * ```ts
 * const proxy = await startVerifierProxy(signingRequestFilter(resigner, { forwardTo: baseUrl, kitAnswers }));
 * await runVerifier({ config: { providerBaseUrl: proxy.url, pactUrls } });
 * await proxy.close();
 * ```
 */
export function startVerifierProxy(filter: ReturnType<typeof signingRequestFilter>): Promise<LocalServer> {
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const url = req.url ?? '/';
      const request = {
        url,
        path: url.split('?')[0] ?? '/',
        method: req.method ?? 'POST',
        body: Buffer.concat(chunks) as unknown,
        headers: { ...req.headers } as Record<string, string | string[] | undefined>,
      };
      try {
        // Only a filter without `forwardTo` passes a replayed request on: there is nothing behind this proxy.
        filter(request, res as never, () =>
          answerAsKit(
            res,
            500,
            'spike-webhook-kit: the request filter passed a request on with nowhere to go',
          ),
        );
      } catch (error) {
        answerAsKit(res, 500, `spike-webhook-kit: re-signing failed: ${(error as Error).message}`);
      }
    });
    req.on('error', () => res.destroy());
  });
  server.on('clientError', (_error, socket) => socket.destroy());
  return listen(server, '127.0.0.1', 0);
}
