import type { FormKind } from '../../src/schemas/forms/index.ts';
import { isoUtc } from '../core/iso-time.ts';
import { roundHalfUp } from '../core/round-half-up.ts';
import { phone } from './contact-details.ts';
import { drawWeighted, pickSome, randomChars } from './draw.ts';
import type {
  CompanySize,
  FileRef,
  Priority,
  Rating,
  SessionCode,
  SupportArea,
  TicketType,
} from './field-values.ts';
import { fill, filledSlug } from './fill-template.ts';
import type { FormsDataByKind } from './form-data.ts';
import { type AnyField, defineKind, type KindSpec, none, opt, req, type Story } from './kind-spec.ts';
import {
  companySizes,
  dietaryNeeds,
  feedbackCategories,
  jobSources,
  newsletterTopics,
  type Position,
  positions,
  priorities,
  ratings,
  rolesBySize,
  sentimentOf,
  sessionCodes,
  sizeBand,
  supportAreas,
  tickets,
  tshirts,
} from './kind-vocabularies.ts';
import { emoji, fileName, letter, say } from './message-text.ts';
import type { Sentiment } from './phrases/book.ts';
import { multi, numeric, ticked } from './posted-values.ts';
import { phraseSlug, urlSlug } from './url-slug.ts';

type NoConfig = undefined;

/**
 * Every form kind as data: its per-form setup, the story a submission tells, and its fields in posting order.
 */
export const kindSpecs: { readonly [K in FormKind]: KindSpec<FormsDataByKind[K], Story, unknown> } = {
  contact: defineKind<
    FormsDataByKind['contact'],
    Story & { topic: { subject: string; body: string } },
    NoConfig
  >({
    setup: none,
    story: ({ rng, book }) => {
      const business = rng.bool(0.5);
      return { business, topic: rng.pick(business ? book.contact.business : book.contact.personal) };
    },
    fields: {
      name: req('text', ({ who }) => who.person.fullName),
      email: req('text', ({ who }) => who.email),
      phone: opt('text', ({ rng, who }) => (rng.bool(0.35) ? phone(rng, who.data) : undefined)),
      company: opt('text', ({ rng, who }) => (rng.bool(0.85) ? who.company?.name : undefined)),
      subject: opt('text', ({ rng }, { topic }) => (rng.bool(0.6) ? topic.subject : undefined)),
      message: req('textarea', (scene, { topic }) => letter(scene, topic.body)),
    },
  }),

  newsletter: defineKind<FormsDataByKind['newsletter'], Story, NoConfig>({
    setup: none,
    story: ({ rng }) => ({ business: rng.bool(0.2) }),
    fields: {
      email: req('text', ({ who }) => who.email),
      firstName: opt('text', ({ rng, who }) => (rng.bool(0.5) ? who.person.first[0] : undefined)),
      topics: req('multi', (scene) =>
        multi(scene, pickSome(scene.rng, newsletterTopics, scene.rng.int(1, 3))),
      ),
      frequency: req('select', ({ rng }) => (rng.bool(0.6) ? 'weekly' : 'monthly')),
      consent: req('checkbox', ticked),
    },
  }),

  feedback: defineKind<
    FormsDataByKind['feedback'],
    Story & { rating: Rating; sentiment: Sentiment; comment: 0 | 1 | 2; anonymous: boolean },
    NoConfig
  >({
    setup: none,
    story: ({ rng }) => {
      const rating = drawWeighted(rng, ratings);
      return {
        business: rng.bool(0.25),
        rating,
        sentiment: sentimentOf(rating),
        comment: rng.int(0, 2) as 0 | 1 | 2,
        anonymous: rng.bool(0.4),
      };
    },
    fields: {
      name: opt('text', ({ who }, { anonymous }) => (anonymous ? undefined : who.person.fullName)),
      email: opt('text', ({ who }, { anonymous }) => (anonymous ? undefined : who.email)),
      rating: req('select', (scene, { rating }) => numeric(scene, rating)),
      category: req('select', (_, { sentiment, comment }) => feedbackCategories[sentiment][comment]),
      comment: opt('textarea', ({ rng, book }, { sentiment, comment }) =>
        rng.bool(0.85) ? emoji(rng, book.feedback[sentiment][comment], sentiment, 0.15) : undefined,
      ),
      recommend: opt('select', ({ rng }, { rating }) => {
        if (!rng.bool(0.7)) return undefined;
        if (rating >= 4) return rng.bool(0.85) ? 'yes' : 'maybe';
        if (rating <= 2) return rng.bool(0.8) ? 'no' : 'maybe';
        return rng.pick(['yes', 'maybe', 'no'] as const);
      }),
      contactMe: opt('checkbox', (scene, { anonymous }) =>
        !anonymous && scene.rng.bool(0.4) ? ticked(scene) : undefined,
      ),
    },
  }),

  'job-application': defineKind<
    FormsDataByKind['job-application'],
    Story & { opening: Position & { posted: string } },
    readonly (Position & { posted: string })[]
  >({
    setup: (rng, site) =>
      rng
        .sample(positions, rng.int(3, 5))
        .map((position) => ({ ...position, posted: `${position.title}${site.book.jobSuffix}` })),
    story: ({ rng, config }) => {
      const opening = rng.pick(config);
      return { business: false, opening };
    },
    pageSlugs: (_, { opening }) => ({ position: phraseSlug(opening.title) }),
    fields: {
      firstName: req('text', ({ who }) => who.person.first[0]),
      lastName: req('text', ({ who }) => who.person.lastName),
      email: req('text', ({ who }) => who.email),
      phone: req('text', ({ rng, who }) => phone(rng, who.data)),
      position: req('select', (_, { opening }) => opening.posted),
      cv: req('file', ({ rng, who, book }): FileRef => {
        const style = rng.int(0, 2);
        if (style === 0) return `file:${book.files.cv}_${fileName(who)}.pdf`;
        if (style === 1) return `file:${who.person.first[1]}-${who.person.last[1]}-cv.pdf`;
        return `file:${book.files.cv} - ${who.person.fullName}.pdf`;
      }),
      coverLetter: opt('file', ({ rng, who, book }) =>
        rng.bool(0.5)
          ? (`file:${book.files.coverLetter}_${fileName(who)}.${rng.bool(0.8) ? 'pdf' : 'docx'}` as const)
          : undefined,
      ),
      linkedin: opt('text', ({ rng, who }) => {
        if (!rng.bool(0.55)) return undefined;
        const handle = `${who.person.first[1]}-${who.person.last[1]}-${randomChars(rng, 8, 'base36')}`;
        return rng.bool(0.7) ? `https://www.linkedin.com/in/${handle}` : `linkedin.com/in/${handle}`;
      }),
      portfolio: opt('text', ({ rng, who }, { opening }) => {
        if (opening.track === 'engineering' && rng.bool(0.6))
          return `https://github.com/${who.person.first[1]}${who.person.last[1]}`;
        if (opening.track === 'design' && rng.bool(0.8))
          return rng.bool(0.5)
            ? `https://www.behance.net/${who.person.first[1]}${who.person.last[1]}`
            : `https://${who.person.first[1]}${who.person.last[1]}.design`;
        return undefined;
      }),
      startDate: opt('text', ({ rng, createdMs }) => {
        if (!rng.bool(0.5)) return undefined;
        // The 1st or 15th of the month after one to four months' notice.
        const notice = new Date(createdMs + rng.int(30, 120) * 86_400_000);
        const month = notice.getUTCMonth() + 1;
        const year = notice.getUTCFullYear() + (month === 12 ? 1 : 0);
        return `${year}-${String((month % 12) + 1).padStart(2, '0')}-${rng.bool(0.7) ? '01' : '15'}`;
      }),
      salaryExpectation: opt('text', ({ rng, who }, { opening }) => {
        if (!rng.bool(0.4)) return undefined;
        const { salary, currency } = who.data.facts;
        const senior = opening.title.startsWith('Senior') ? 1.3 : 1;
        const step = 10 ** Math.max(3, Math.floor(Math.log10(salary)) - 2);
        return `${roundHalfUp((salary * senior * rng.float(0.85, 1.2)) / step) * step} ${currency}`;
      }),
      source: opt('select', ({ rng }) => (rng.bool(0.7) ? drawWeighted(rng, jobSources) : undefined)),
      message: opt('textarea', ({ rng, book, who }, { opening }) =>
        rng.bool(0.45)
          ? emoji(rng, say(rng.pick(book.job), who.person, { position: opening.posted }), 'positive', 0.05)
          : undefined,
      ),
    },
  }),

  'demo-request': defineKind<FormsDataByKind['demo-request'], Story & { size: CompanySize }, NoConfig>({
    setup: none,
    story: ({ rng }) => ({ business: true, size: drawWeighted(rng, companySizes) }),
    fields: {
      name: req('text', ({ who }) => who.person.fullName),
      email: req('text', ({ who }) => who.email),
      company: req('text', ({ who }) => who.company?.name ?? ''),
      companySize: req('select', (_, { size }) => size),
      role: req('select', ({ rng }, { size }) => rng.pick(rolesBySize[sizeBand(size)])),
      phone: opt('text', ({ rng, who }) => (rng.bool(0.5) ? phone(rng, who.data) : undefined)),
      country: req('select', ({ who }) => who.data.country),
      message: opt('textarea', ({ rng, book, who }, { size }) =>
        rng.bool(0.5)
          ? say(rng.pick(book.demo), who.person, { company: who.company?.name ?? '', size })
          : undefined,
      ),
      preferredTime: opt('select', ({ rng }) =>
        rng.bool(0.4) ? rng.pick(['morning', 'afternoon', 'evening'] as const) : undefined,
      ),
      marketingOptIn: opt('checkbox', (scene) => (scene.rng.bool(0.35) ? ticked(scene) : undefined)),
    },
  }),

  'event-registration': defineKind<
    FormsDataByKind['event-registration'],
    Story & { ticket: TicketType; inPerson: boolean },
    {
      readonly name: string;
      /** The name's URL slug. */
      readonly readable: string;
      /** The event's slug in URLs: {@link readable} when it reads as words. */
      readonly slug: string;
      readonly sessions: readonly SessionCode[];
    }
  >({
    setup: (rng, site) => {
      const template = rng.pick(site.book.eventNames);
      const year = String(site.year);
      const name = fill(template, { brand: site.brand, year });
      const readable = filledSlug(template, { brand: urlSlug(site.brand), year }) ?? urlSlug(name);
      return {
        name,
        readable,
        slug: /[a-z]{3}/.test(readable) ? readable : `${site.label}-${site.year}`,
        sessions: pickSome(rng, sessionCodes, rng.int(5, 8)),
      };
    },
    formVars: (config) => ({ event: config.name }),
    formSlugs: (config) => ({ event: config.readable }),
    pageSlugs: (config) => ({ event: config.slug }),
    story: ({ rng }) => {
      const ticket = drawWeighted(rng, tickets);
      return { ticket, inPerson: ticket !== 'online', business: ticket !== 'student' && rng.bool(0.85) };
    },
    fields: {
      firstName: req('text', ({ who }) => who.person.first[0]),
      lastName: req('text', ({ who }) => who.person.lastName),
      email: req('text', ({ who }) => who.email),
      company: opt('text', ({ who }) => who.company?.name),
      jobTitle: opt('text', ({ rng }, { business }) =>
        business && rng.bool(0.8)
          ? rng.pick(rolesBySize[rng.pick(['small', 'mid', 'large'] as const)])
          : undefined,
      ),
      ticketType: req('select', (_, { ticket }) => ticket),
      sessions: req('multi', (scene, { inPerson }) => {
        const offered = inPerson
          ? scene.config.sessions
          : scene.config.sessions.filter((s) => s !== 'networking-dinner');
        return multi(scene, pickSome(scene.rng, offered, scene.rng.int(1, 4)));
      }),
      dietary: opt('multi', (scene, { inPerson }) =>
        inPerson && scene.rng.bool(0.25)
          ? multi(scene, pickSome(scene.rng, dietaryNeeds, scene.rng.int(1, 2)))
          : undefined,
      ),
      tshirtSize: opt('select', ({ rng }, { inPerson }) =>
        inPerson && rng.bool(0.6) ? drawWeighted(rng, tshirts) : undefined,
      ),
      accessibility: opt('textarea', ({ rng, book }, { inPerson }) =>
        inPerson && rng.bool(0.05) ? rng.pick(book.accessibility) : undefined,
      ),
      consent: req('checkbox', ticked),
    },
  }),

  'support-ticket': defineKind<
    FormsDataByKind['support-ticket'],
    Story & { area: SupportArea; priority: Priority },
    NoConfig
  >({
    setup: none,
    story: ({ rng }) => ({
      business: rng.bool(0.6),
      area: rng.pick(supportAreas),
      priority: drawWeighted(rng, priorities),
    }),
    fields: {
      name: req('text', ({ who }) => who.person.fullName),
      email: req('text', ({ who }) => who.email),
      accountId: opt('text', ({ rng }, { business }) =>
        rng.bool(business ? 0.6 : 0.3) ? `acct_${randomChars(rng, 12, 'base36')}` : undefined,
      ),
      area: req('select', (_, { area }) => area),
      priority: req('select', (_, { priority }) => priority),
      subject: req('text', ({ book }, { area }) => book.support.subjects[area]),
      description: req('textarea', ({ rng, book }, { area, priority }) => {
        const urgent = priority === 'high' || priority === 'urgent';
        return emoji(
          rng,
          `${book.support.problems[area]} ${book.support.urgency[priority]}`,
          'ask',
          urgent ? 0.2 : 0.05,
        );
      }),
      browser: opt('text', ({ rng, who }) => (rng.bool(0.5) ? who.userAgent.label : undefined)),
      attachment: opt('file', ({ rng, book, createdMs }): FileRef | undefined => {
        if (!rng.bool(0.3)) return undefined;
        const shot = isoUtc(createdMs - rng.int(60, 3600) * 1000);
        const time = `${shot.slice(11, 13)}.${shot.slice(14, 16)}.${shot.slice(17, 19)}`;
        const name = fill(book.files.screenshot, { date: shot.slice(0, 10), time });
        return `file:${name}`;
      }),
    },
  }),
};

/** Each kind's field names and fields in posting order, prepared once. */
export const fieldLists = Object.fromEntries(
  Object.entries(kindSpecs).map(([kind, spec]) => [
    kind,
    { names: Object.keys(spec.fields), fields: Object.values(spec.fields) },
  ]),
) as unknown as Readonly<
  Record<FormKind, { readonly names: readonly string[]; readonly fields: readonly AnyField[] }>
>;
