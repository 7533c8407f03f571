import { weightedTable } from './draw.ts';
import type {
  CompanySize,
  DietaryNeed,
  FeedbackCategory,
  JobSource,
  NewsletterTopic,
  Priority,
  Rating,
  SessionCode,
  SupportArea,
  TicketType,
} from './field-values.ts';
import type { Phrasebook, Sentiment } from './phrases/book.ts';

// The value vocabularies the form kinds draw from, with their weights.

export const newsletterTopics: readonly NewsletterTopic[] = [
  'product-updates',
  'engineering',
  'design',
  'case-studies',
  'events',
  'tips',
  'company-news',
  'offers',
];

/** Feedback categories, at the positions of each sentiment's comments in {@link Phrasebook.feedback}. */
export const feedbackCategories: Readonly<
  Record<Sentiment, readonly [FeedbackCategory, FeedbackCategory, FeedbackCategory]>
> = {
  positive: ['support', 'product', 'onboarding'],
  mixed: ['product', 'pricing', 'onboarding'],
  negative: ['support', 'pricing', 'product'],
};
export const ratings = weightedTable<Rating>([
  [5, 38],
  [4, 27],
  [3, 13],
  [2, 8],
  [1, 14],
]);
/** The sentiment of a star rating. */
export function sentimentOf(rating: Rating): Sentiment {
  return rating >= 4 ? 'positive' : rating === 3 ? 'mixed' : 'negative';
}

export interface Position {
  readonly title: string;
  readonly track: 'engineering' | 'design' | 'business';
}
export const positions: readonly Position[] = [
  { title: 'Senior Frontend Engineer', track: 'engineering' },
  { title: 'Backend Engineer (Node.js)', track: 'engineering' },
  { title: 'DevOps Engineer', track: 'engineering' },
  { title: 'Data Analyst', track: 'engineering' },
  { title: 'Product Designer', track: 'design' },
  { title: 'UX Researcher', track: 'design' },
  { title: 'Customer Success Manager', track: 'business' },
  { title: 'Account Executive', track: 'business' },
  { title: 'Marketing Manager', track: 'business' },
  { title: 'Office Manager', track: 'business' },
];
export const jobSources = weightedTable<JobSource>([
  ['linkedin', 5],
  ['company-website', 3],
  ['indeed', 2],
  ['referral', 2],
  ['job-fair', 0.5],
  ['other', 1],
]);

export const companySizes = weightedTable<CompanySize>([
  ['1-10', 2],
  ['11-50', 4],
  ['51-200', 4],
  ['201-500', 2.5],
  ['501-1000', 1.5],
  ['1001-5000', 1],
  ['5000+', 0.7],
]);
/** Job titles of people who ask for a demo, by company size: founders in small companies, directors in large ones. */
export const rolesBySize: Readonly<Record<'small' | 'mid' | 'large', readonly string[]>> = {
  small: ['Founder', 'Co-founder', 'CEO', 'CTO', 'Head of Operations'],
  mid: [
    'Head of Marketing',
    'Engineering Manager',
    'Product Manager',
    'Head of Sales',
    'Operations Manager',
    'CTO',
  ],
  large: [
    'IT Director',
    'VP Engineering',
    'Procurement Manager',
    'Head of Digital',
    'Solutions Architect',
    'IT Manager',
  ],
};
export function sizeBand(size: CompanySize): keyof typeof rolesBySize {
  if (size === '1-10' || size === '11-50') return 'small';
  return size === '51-200' || size === '201-500' ? 'mid' : 'large';
}

export const sessionCodes: readonly SessionCode[] = [
  'keynote',
  'opening-panel',
  'workshop-api-design',
  'workshop-observability',
  'customer-stories',
  'roadmap-qa',
  'lightning-talks',
  'networking-dinner',
];
export const dietaryNeeds: readonly DietaryNeed[] = [
  'vegetarian',
  'vegan',
  'gluten-free',
  'lactose-free',
  'halal',
  'kosher',
  'nut-allergy',
];
export const tickets = weightedTable<TicketType>([
  ['standard', 60],
  ['vip', 10],
  ['student', 12],
  ['online', 18],
]);
export const tshirts = weightedTable([
  ['XS', 1],
  ['S', 3],
  ['M', 5],
  ['L', 5],
  ['XL', 3],
  ['XXL', 1],
] as const);

export const supportAreas: readonly SupportArea[] = [
  'login',
  'billing',
  'api',
  'dashboard',
  'notifications',
  'data-export',
];
export const priorities = weightedTable<Priority>([
  ['low', 20],
  ['normal', 45],
  ['high', 25],
  ['urgent', 10],
]);
