// Next.js App Router: app/api/webhooks/[profile]/route.ts. The route handler gets a fetch Request: read its raw bytes
// once (request.arrayBuffer() or request.text()), never request.json() first.
import { NextResponse } from 'next/server';
import { type ProfileId, profileIds } from 'spike-webhook-kit';
import { createInbox, handleSpike } from '../../../../../shared/spike-inbox.ts';

/** What this app processed (in your app: your queue or database). */
export const inbox = createInbox();

export async function POST(
  request: Request,
  context: { params: Promise<{ profile: string }> },
): Promise<Response> {
  const { profile } = await context.params;
  if (!(profileIds as readonly string[]).includes(profile)) return NextResponse.json({}, { status: 404 });
  const answer = handleSpike(
    inbox,
    profile as ProfileId,
    request.headers,
    new Uint8Array(await request.arrayBuffer()),
  );
  return NextResponse.json(answer.body ?? {}, { status: answer.status });
}
