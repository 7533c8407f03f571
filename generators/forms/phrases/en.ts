import type { Phrasebook } from './book.ts';

/** English (en_US, en_GB, en_CA, en_AU, en_IN). */
export const en: Phrasebook = {
  formNames: {
    contact: ['Contact Form', 'Contact Us'],
    newsletter: ['Newsletter Signup'],
    feedback: ['Customer Feedback', 'Feedback'],
    'job-application': ['Job Application'],
    'demo-request': ['Request a Demo', 'Book a Demo'],
    'event-registration': ['{event} Registration'],
    'support-ticket': ['Support Request', 'Contact Support'],
  },
  pages: {
    contact: ['/contact', '/contact-us'],
    newsletter: ['/', '/blog', '/newsletter'],
    feedback: ['/feedback'],
    'job-application': ['/careers/{position}', '/jobs/{position}'],
    'demo-request': ['/demo', '/pricing', '/book-a-demo'],
    'event-registration': ['/events/{event}'],
    'support-ticket': ['/support', '/help/contact'],
  },
  eventNames: ['{brand} Summit {year}', '{brand} Customer Day {year}'],
  companyPatterns: [
    ['{L} {legal}', '{l}'],
    ['{L} {S}', '{l}-{s}'],
    ['{L} & {L2}', '{l}-{l2}'],
    ['{L} {S} {legal}', '{l}{s}'],
  ],
  sectors: [
    ['Consulting', 'consulting'],
    ['Logistics', 'logistics'],
    ['Software', 'software'],
    ['Media', 'media'],
    ['Labs', 'labs'],
    ['Solutions', 'solutions'],
  ],
  greetings: ['Hi,', 'Hello,', 'Hi there,'],
  closings: ['Thanks,\n{first}', 'Best regards,\n{name}', 'Cheers,\n{first}'],
  contact: {
    business: [
      {
        subject: 'Pricing for a team of 25',
        body: "We're evaluating your product for {company} and would like a quote for about 25 seats. Do you offer annual billing?",
      },
      {
        subject: 'Partnership inquiry',
        body: 'I look after partnerships at {company} and see a good fit between our customers and yours. Would you be open to a short call next week?',
      },
    ],
    personal: [
      {
        subject: 'Question about my order',
        body: "I placed an order last week and haven't received a shipping confirmation yet. Could you check the status for me?",
      },
      {
        subject: 'General question',
        body: "Is it possible to change the email address on my account? I couldn't find the option in the settings.",
      },
    ],
  },
  feedback: {
    positive: [
      'Really easy to use, and support answered within minutes.',
      'Love the new dashboard, it saves me a lot of time every week.',
      'Setup took five minutes and everything just worked.',
    ],
    mixed: [
      'Does the job, but the mobile app feels slow at times.',
      'Good features overall, though the pricing is a bit steep for small teams.',
      "Works fine once it's set up, but onboarding was confusing.",
    ],
    negative: [
      'The app keeps logging me out and nobody has answered my ticket.',
      'Too expensive for what it offers, and exports are broken.',
      'Very disappointed: the last update removed features I used daily.',
    ],
  },
  job: [
    "I'd love to join your team as {position}. My CV is attached; happy to share more about my recent projects.",
    'Please find attached my application for the {position} role. I can start within a month.',
  ],
  demo: [
    "We're a company of {size} employees at {company}, looking for a tool to replace our spreadsheets. Could you show us the reporting features?",
    "{company} is evaluating options for next quarter. We'd like to see how the integrations and user permissions work.",
  ],
  accessibility: [
    'I use a wheelchair: is the venue step-free?',
    "I'm hard of hearing and would appreciate a seat near the stage.",
  ],
  support: {
    subjects: {
      login: 'Cannot log in',
      billing: 'Charged twice this month',
      api: 'API returns 500 errors',
      dashboard: 'Dashboard not loading',
      notifications: 'Not receiving email notifications',
      'data-export': 'CSV export is empty',
    },
    problems: {
      login: "Since this morning I get 'invalid credentials', even after resetting my password.",
      billing: 'My card was charged twice for the January invoice. Please refund the duplicate payment.',
      api: "Requests to the /orders endpoint fail with HTTP 500 since yesterday's release; other endpoints work.",
      dashboard: "The dashboard stays on the loading spinner forever. Clearing the cache didn't help.",
      notifications:
        "I stopped getting email notifications for new comments about a week ago. They're not in spam either.",
      'data-export': 'When I export my data as CSV, the file only contains the header row.',
    },
    urgency: {
      low: 'No rush, whenever you get a chance.',
      normal: 'Could you take a look?',
      high: 'This is blocking part of our team, please look into it soon.',
      urgent: 'This is blocking all of our users right now, please help ASAP!',
    },
  },
  files: { cv: 'CV', coverLetter: 'Cover_Letter', screenshot: 'Screenshot {date} at {time}.png' },
  jobSuffix: '',
};
