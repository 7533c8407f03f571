import type { Rng } from '../../src/core/index.ts';
import type { FormsFieldValue } from '../../src/schemas/forms/index.ts';
import { randomChars } from './draw.ts';

// Spam-like submissions (the `spamShare` option): what bots post into forms. Links point at names reserved for
// examples (RFC 2606 `.example`, `example.com`), so no message advertises a real site.

/** Throwaway-mail domains bots sign up with. */
const DISPOSABLE_DOMAINS = [
  'mailinator.com',
  'yopmail.com',
  'guerrillamail.com',
  'sharklasers.com',
  '10minutemail.com',
  'trashmail.com',
  'maildrop.cc',
  'dispostable.com',
] as const;

const BOT_FIRST = [
  'Robert',
  'James',
  'Michael',
  'David',
  'William',
  'Richard',
  'Joseph',
  'Thomas',
  'Charles',
];
const BOT_SUFFIX = ['cax', 'skime', 'nuh', 'faics', 'tup', 'Wax', 'Hig', 'Liz', 'vom', 'Tox', 'Bes', 'gow'];
const MARKETING = [
  'SEO Expert',
  'Crypto Investor',
  'Best Loans',
  'Web Traffic',
  'Lead Generation',
  'Casino Bonus',
];
const LINK_LABELS = [
  'cheap-backlinks',
  'seo-rank-boost',
  'crypto-profit',
  'best-loans-now',
  'casino-bonus',
  'pharma-deals',
  'get-rich-fast',
  'free-followers',
];
const SUBJECTS = [
  'Your website',
  'Business proposal',
  'Quick question about your site',
  'Re: partnership',
  'SEO offer',
  'Увеличим продажи',
  '合作机会',
];
const COMPANIES = [
  'SEO Solutions LLC',
  'Crypto Capital Ltd',
  'Digital Growth Agency',
  'Traffic Masters',
  'WebPro',
];

const LINK_PITCHES = [
  'Hi! We can get your website to the first page of Google in 2 weeks. Check our offers:',
  'Earn $5,000 a day from home with Bitcoin trading! Start now:',
  'Best prices on backlinks and guest posts. High DA, fast delivery:',
  'Congratulations! You have been selected for a free gift card. Claim it here:',
];
const FOREIGN_PITCHES = [
  'Здравствуйте! Предлагаем продвижение вашего сайта в поисковых системах. Быстро, недорого, с гарантией. Подробности:',
  'Привет! Заработок в интернете от 100 000 рублей в месяц без вложений. Узнайте как:',
  '专业网站推广，快速提升排名，价格优惠，欢迎咨询：',
  '您好！我们提供高质量外链和代写服务，详情请访问：',
];

/** A link to a reserved example domain, with a tracking-looking query. */
function link(rng: Rng): string {
  const label = rng.pick(LINK_LABELS);
  const host = rng.bool(0.5) ? `${label}.example` : `${label}.example.${rng.pick(['com', 'net', 'org'])}`;
  return `https://${host}/${rng.pick(['offer', 'go', 'promo', 'ref'])}?id=${randomChars(rng, 8, 'base36')}`;
}

/** A spam message: a pitch (English or in a foreign script) stuffed with 2 to 6 links, plain, BBCode or HTML. */
function message(rng: Rng): string {
  const pitch = rng.bool(0.35) ? rng.pick(FOREIGN_PITCHES) : rng.pick(LINK_PITCHES);
  const links = Array.from({ length: rng.int(2, 6) }, () => {
    const url = link(rng);
    const style = rng.int(0, 2);
    return style === 0 ? url : style === 1 ? `[url=${url}]${url}[/url]` : `<a href="${url}">${url}</a>`;
  });
  return `${pitch}\n${links.join('\n')}`;
}

/** A nonsense name: keyboard mash, a bot's `Robertcax`, random letters or a marketing name. */
function name(rng: Rng, parts: 1 | 2): string {
  const style = rng.int(0, 3);
  if (style === 0) {
    const mash = (): string => {
      const text = randomChars(rng, rng.int(5, 9), 'base36').replace(/\d/g, 'x');
      return `${text[0]?.toUpperCase()}${text.slice(1)}`;
    };
    return parts === 1 ? mash() : `${mash()} ${mash()}`;
  }
  if (style === 1) return `${rng.pick(BOT_FIRST)}${rng.pick(BOT_SUFFIX)}`;
  if (style === 2) return randomChars(rng, rng.int(8, 14), 'base64url').replace(/[-_\d]/g, 'q');
  return parts === 1 ? (rng.pick(MARKETING).split(' ')[0] as string) : rng.pick(MARKETING);
}

/** An address at a throwaway-mail domain: random letters and digits, or a bot name with a number. */
function email(rng: Rng): string {
  const local = rng.bool(0.5)
    ? randomChars(rng, rng.int(6, 12), 'base36')
    : `${rng.pick(BOT_FIRST).toLowerCase()}${rng.pick(BOT_SUFFIX).toLowerCase()}${rng.int(1, 999)}`;
  return `${local}@${rng.pick(DISPOSABLE_DOMAINS)}`;
}

/** What a bot types into each text field, by the field's name (fields it leaves as the form had them are absent). */
const BY_KEY: Readonly<Record<string, (rng: Rng) => string>> = {
  name: (rng) => name(rng, 2),
  firstName: (rng) => name(rng, 1),
  lastName: (rng) => name(rng, 1),
  email,
  company: (rng) => rng.pick(COMPANIES),
  subject: (rng) => rng.pick(SUBJECTS),
  linkedin: link,
  portfolio: link,
};

/**
 * Turns a submission's fields into what a spam bot posts: nonsense names, a disposable email address, a spammy
 * company and subject, link-stuffed or foreign-script texts. Only non-empty text fields change: choices, checkboxes
 * and files keep the form's own values (bots post those as they find them), blanks stay blank.
 *
 * @example
 * ```ts
 * spamify(rng.fork('spam'), fields, kindSpecs.contact.fields);
 * fields.email; // 'k3v9xq2m@mailinator.com'
 * ```
 */
export function spamify(
  rng: Rng,
  fields: Record<string, FormsFieldValue>,
  table: Readonly<Record<string, { readonly input: string }>>,
): void {
  for (const [key, value] of Object.entries(fields)) {
    if (typeof value !== 'string' || value === '') continue;
    const input = table[key]?.input;
    const make = BY_KEY[key];
    if (make !== undefined && input === 'text') fields[key] = make(rng);
    else if (input === 'textarea') fields[key] = message(rng);
  }
}
