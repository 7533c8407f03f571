import { createServer } from 'node:http';
import { invalid } from '../core/index.ts';
import { getProfile, type ProfileRef } from '../profiles/index.ts';
import { listen } from './local-server.ts';
import { type MessageRequest, type ProduceMessageOptions, produceMessage } from './produce-message.ts';

/** A running reference provider. */
export interface ReferenceProvider {
  /** Base URL, e.g. `http://127.0.0.1:40123`: give its host and port to `pact verifier`. */
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

/**
 * Serves the reference Spike provider over HTTP for the standalone `pact verifier` CLI (teams outside JavaScript):
 * the CLI POSTs `{ description, providerStates }` for each message interaction and gets the generated message
 * back. Binds 127.0.0.1 (port 0 by default).
 *
 * @example
 * ```ts
 * const server = await serveReferenceProvider({ profile: 'spike-forms' });
 * // pact verifier --file pacts/app-spike-forms.json --hostname 127.0.0.1 --port <server.port>
 * await server.close();
 * ```
 */
export async function serveReferenceProvider(
  options: ProduceMessageOptions & {
    readonly profile: ProfileRef;
    readonly port?: number;
    readonly host?: string;
  },
): Promise<ReferenceProvider> {
  const profile = getProfile(options.profile);
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      try {
        const request = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as MessageRequest;
        if (typeof request.description !== 'string') {
          throw invalid(
            'INVALID_OPTION',
            'The request body',
            'a Pact message request { description, providerStates }',
            request,
          );
        }
        const body = JSON.stringify(produceMessage(profile, request, options));
        res.writeHead(200, {
          'Content-Type': 'application/json',
          'Pact-Message-Metadata': Buffer.from(JSON.stringify({ contentType: 'application/json' })).toString(
            'base64',
          ),
        });
        res.end(body);
      } catch (error) {
        res.writeHead(500, { 'Content-Type': 'text/plain' });
        res.end(error instanceof Error ? error.message : String(error));
      }
    });
  });
  return listen(server, options.host ?? '127.0.0.1', options.port ?? 0);
}
