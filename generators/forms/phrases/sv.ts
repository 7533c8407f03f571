import type { Phrasebook } from './book.ts';

/** Swedish. */
export const sv: Phrasebook = {
  formNames: {
    contact: ['Kontaktformulär'],
    newsletter: ['Prenumerera på nyhetsbrevet'],
    feedback: ['Kundfeedback'],
    'job-application': ['Jobbansökan'],
    'demo-request': ['Boka en demo'],
    'event-registration': ['Anmälan {event}'],
    'support-ticket': ['Supportärende'],
  },
  pages: {
    contact: ['/kontakt'],
    newsletter: ['/', '/blogg', '/nyhetsbrev'],
    feedback: ['/feedback'],
    'job-application': ['/karriar/{position}', '/jobb/{position}'],
    'demo-request': ['/demo', '/priser'],
    'event-registration': ['/evenemang/{event}'],
    'support-ticket': ['/support', '/hjalp'],
  },
  eventNames: ['{brand} Summit {year}', '{brand} Kunddag {year}'],
  companyPatterns: [
    ['{L} {legal}', '{l}'],
    ['{L} {S} {legal}', '{l}{s}'],
    ['{L} & {L2} {legal}', '{l}-{l2}'],
    ['{L}s {S}', '{l}s{s}'],
  ],
  sectors: [
    ['Konsult', 'konsult'],
    ['Logistik', 'logistik'],
    ['Data', 'data'],
    ['Media', 'media'],
    ['Bygg', 'bygg'],
  ],
  greetings: ['Hej,', 'Hej!', 'Hejsan,'],
  closings: ['Tack på förhand,\n{first}', 'Vänliga hälsningar,\n{name}', 'Mvh\n{name}'],
  contact: {
    business: [
      {
        subject: 'Offert för 25 användare',
        body: 'Vi utvärderar er produkt för {company} och skulle vilja ha en offert på ungefär 25 licenser. Erbjuder ni årsfakturering?',
      },
      {
        subject: 'Förfrågan om samarbete',
        body: 'Jag ansvarar för partnerskap på {company} och tror att våra kunder passar bra ihop med era. Har ni tid för ett kort samtal nästa vecka?',
      },
    ],
    personal: [
      {
        subject: 'Fråga om min beställning',
        body: 'Jag gjorde en beställning förra veckan men har fortfarande inte fått någon leveransbekräftelse. Kan ni kolla status?',
      },
      {
        subject: 'Allmän fråga',
        body: 'Går det att ändra e-postadressen på mitt konto? Jag hittar inte alternativet i inställningarna.',
      },
    ],
  },
  feedback: {
    positive: [
      'Väldigt enkelt att använda, och supporten svarade inom några minuter.',
      'Jag gillar den nya översikten, den sparar mig mycket tid varje vecka.',
      'Installationen tog fem minuter och allt fungerade direkt.',
    ],
    mixed: [
      'Gör jobbet, men mobilappen är ibland seg.',
      'Bra funktioner överlag, men priset är lite högt för små team.',
      'Fungerar bra när allt är på plats, men introduktionen var förvirrande.',
    ],
    negative: [
      'Appen loggar ut mig hela tiden och ingen har svarat på mitt ärende.',
      'För dyrt för vad man får, och exporten fungerar inte.',
      'Mycket besviken: senaste uppdateringen tog bort funktioner jag använde varje dag.',
    ],
  },
  job: [
    'Jag skulle gärna vilja bli en del av ert team som {position}. Mitt CV finns bifogat.',
    'Här kommer min ansökan till tjänsten som {position}. Jag kan börja inom en månad.',
  ],
  demo: [
    'På {company} är vi {size} anställda och letar efter ett verktyg som kan ersätta våra kalkylark. Kan ni visa rapportfunktionerna?',
    '{company} utvärderar alternativ inför nästa kvartal. Vi vill gärna se hur integrationerna och behörigheterna fungerar.',
  ],
  accessibility: [
    'Jag använder rullstol: är lokalen tillgänglig?',
    'Jag har nedsatt hörsel och skulle uppskatta en plats nära scenen.',
  ],
  support: {
    subjects: {
      login: 'Kan inte logga in',
      billing: 'Dubbeldragning den här månaden',
      api: 'API:et returnerar 500-fel',
      dashboard: 'Översikten laddar inte',
      notifications: 'Får inga e-postaviseringar längre',
      'data-export': 'CSV-exporten är tom',
    },
    problems: {
      login:
        'Sedan i morse får jag ”ogiltiga inloggningsuppgifter” även efter att jag har återställt lösenordet.',
      billing: 'Januarifakturan drogs två gånger från mitt kort. Vänligen återbetala den dubbla betalningen.',
      api: 'Anrop till /orders misslyckas med HTTP 500 sedan gårdagens release; andra endpoints fungerar.',
      dashboard: 'Översikten fastnar på laddningssymbolen. Att rensa cachen hjälpte inte.',
      notifications:
        'Sedan ungefär en vecka får jag inga e-postaviseringar om nya kommentarer. De ligger inte i skräpposten heller.',
      'data-export': 'När jag exporterar mina data som CSV innehåller filen bara rubrikraden.',
    },
    urgency: {
      low: 'Ingen brådska, när ni har tid.',
      normal: 'Kan ni titta på det?',
      high: 'Det här blockerar en del av vårt team, titta gärna på det snart.',
      urgent: 'Alla våra användare är blockerade just nu, hjälp oss så snart som möjligt!',
    },
  },
  files: { cv: 'CV', coverLetter: 'Personligt_brev', screenshot: 'Skärmavbild {date} kl. {time}.png' },
  jobSuffix: '',
};
