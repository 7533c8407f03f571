import type { Phrasebook } from './book.ts';

/** Dutch. */
export const nl: Phrasebook = {
  formNames: {
    contact: ['Contactformulier'],
    newsletter: ['Aanmelden nieuwsbrief'],
    feedback: ['Klantfeedback'],
    'job-application': ['Sollicitatieformulier'],
    'demo-request': ['Demo aanvragen'],
    'event-registration': ['Aanmelding {event}'],
    'support-ticket': ['Supportverzoek'],
  },
  pages: {
    contact: ['/contact'],
    newsletter: ['/', '/blog', '/nieuwsbrief'],
    feedback: ['/feedback'],
    'job-application': ['/vacatures/{position}', '/werken-bij/{position}'],
    'demo-request': ['/demo', '/prijzen'],
    'event-registration': ['/evenementen/{event}'],
    'support-ticket': ['/support', '/klantenservice'],
  },
  eventNames: ['{brand} Summit {year}', '{brand} Klantendag {year}'],
  companyPatterns: [
    ['{L} {legal}', '{l}'],
    ['{L} {S}', '{l}{s}'],
    ['{L} & {L2}', '{l}-{l2}'],
    ['{L} {S} {legal}', '{l}-{s}'],
  ],
  sectors: [
    ['Advies', 'advies'],
    ['Logistiek', 'logistiek'],
    ['Software', 'software'],
    ['Media', 'media'],
    ['Installatietechniek', 'installatietechniek'],
  ],
  greetings: ['Hallo,', 'Beste,', 'Goedemiddag,'],
  closings: ['Bedankt,\n{first}', 'Met vriendelijke groet,\n{name}', 'Groetjes,\n{first}'],
  contact: {
    business: [
      {
        subject: 'Offerte voor 25 gebruikers',
        body: 'We evalueren jullie product voor {company} en ontvangen graag een offerte voor ongeveer 25 licenties. Is jaarlijkse facturatie mogelijk?',
      },
      {
        subject: 'Samenwerkingsvoorstel',
        body: 'Ik ben verantwoordelijk voor partnerships bij {company} en zie een goede match tussen onze klanten. Hebben jullie volgende week tijd voor een kort gesprek?',
      },
    ],
    personal: [
      {
        subject: 'Vraag over mijn bestelling',
        body: 'Ik heb vorige week een bestelling geplaatst, maar nog geen verzendbevestiging ontvangen. Kunnen jullie de status controleren?',
      },
      {
        subject: 'Algemene vraag',
        body: 'Kan ik het e-mailadres van mijn account wijzigen? Ik kan de optie niet vinden in de instellingen.',
      },
    ],
  },
  feedback: {
    positive: [
      'Heel gebruiksvriendelijk, en de support reageerde binnen een paar minuten.',
      'Ik ben blij met het nieuwe dashboard, het scheelt me elke week veel tijd.',
      'De installatie duurde vijf minuten en alles werkte meteen.',
    ],
    mixed: [
      'Doet wat het moet doen, maar de mobiele app is soms traag.',
      'Over het algemeen goede functies, al is de prijs wat hoog voor kleine teams.',
      'Werkt prima als alles is ingesteld, maar de onboarding was verwarrend.',
    ],
    negative: [
      'De app logt me steeds uit en niemand heeft op mijn ticket gereageerd.',
      'Te duur voor wat het biedt, en de export werkt niet.',
      'Erg teleurgesteld: de laatste update heeft functies verwijderd die ik dagelijks gebruikte.',
    ],
  },
  job: [
    'Graag kom ik jullie team versterken als {position}. Mijn cv zit in de bijlage.',
    'Hierbij stuur ik mijn sollicitatie voor de functie van {position}. Ik kan binnen een maand beginnen.',
  ],
  demo: [
    'Bij {company} werken {size} mensen en we zoeken een tool die onze spreadsheets vervangt. Kunnen jullie de rapportagefuncties laten zien?',
    '{company} onderzoekt opties voor het volgende kwartaal. We willen graag zien hoe de integraties en gebruikersrechten werken.',
  ],
  accessibility: [
    'Ik zit in een rolstoel: is de locatie drempelvrij?',
    'Ik ben slechthorend en zou graag vooraan zitten.',
  ],
  support: {
    subjects: {
      login: 'Kan niet inloggen',
      billing: 'Deze maand dubbel afgeschreven',
      api: 'API geeft 500-fouten',
      dashboard: 'Dashboard laadt niet',
      notifications: 'Geen e-mailmeldingen meer',
      'data-export': 'CSV-export is leeg',
    },
    problems: {
      login: 'Sinds vanochtend krijg ik ‘ongeldige inloggegevens’, ook nadat ik mijn wachtwoord heb gereset.',
      billing:
        'De factuur van januari is twee keer van mijn creditcard afgeschreven. Willen jullie de dubbele betaling terugstorten?',
      api: 'Verzoeken naar het endpoint /orders mislukken sinds de release van gisteren met HTTP 500; andere endpoints werken wel.',
      dashboard: 'Het dashboard blijft eindeloos laden. Cache legen hielp niet.',
      notifications:
        'Sinds ongeveer een week krijg ik geen e-mailmeldingen meer over nieuwe reacties. Ze staan ook niet in de spam.',
      'data-export': 'Als ik mijn gegevens als CSV exporteer, bevat het bestand alleen de kopregel.',
    },
    urgency: {
      low: 'Geen haast, wanneer het uitkomt.',
      normal: 'Kunnen jullie ernaar kijken?',
      high: 'Dit blokkeert een deel van ons team, graag snel bekijken.',
      urgent: 'Al onze gebruikers zitten nu vast, help alsjeblieft zo snel mogelijk!',
    },
  },
  files: { cv: 'CV', coverLetter: 'Motivatiebrief', screenshot: 'Schermafbeelding {date} om {time}.png' },
  jobSuffix: '',
};
