// A slow handler caught by Spike's 30 s timeout, in milliseconds of real time. Run, after `npm run build`: npx node examples/simulator/slow-handler.ts
import { generate } from 'spike-webhook-kit';
import { simulate } from 'spike-webhook-kit/simulator';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const emails: string[] = [];

async function POST(request: Request): Promise<Response> {
  const submission = JSON.parse(await request.text()) as { submissionId: string };
  await sleep(35_000); // BUG: a slow SMTP call before answering
  emails.push(submission.submissionId);
  return new Response(null, { status: 200 });
}

const result = await simulate({
  profile: 'spike-forms',
  target: { fetch: POST },
  event: generate('spike-forms', { seed: 1 }),
});
console.log(result.toString());
console.log(
  `\n${result.events[0]?.outcome}: ${emails.length} emails sent for one submission, every attempt timed out`,
);
