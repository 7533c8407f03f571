import type { Phrasebook } from './book.ts';

/** German. */
export const de: Phrasebook = {
  formNames: {
    contact: ['Kontaktformular'],
    newsletter: ['Newsletter-Anmeldung'],
    feedback: ['Kundenfeedback'],
    'job-application': ['Bewerbungsformular'],
    'demo-request': ['Demo anfragen'],
    'event-registration': ['Anmeldung {event}'],
    'support-ticket': ['Support-Anfrage'],
  },
  pages: {
    contact: ['/kontakt'],
    newsletter: ['/', '/blog', '/newsletter'],
    feedback: ['/feedback'],
    'job-application': ['/karriere/{position}', '/jobs/{position}'],
    'demo-request': ['/demo', '/preise', '/demo-anfragen'],
    'event-registration': ['/events/{event}', '/veranstaltungen/{event}'],
    'support-ticket': ['/support', '/hilfe/kontakt'],
  },
  eventNames: ['{brand} Summit {year}', '{brand} Kundentag {year}'],
  companyPatterns: [
    ['{L} {legal}', '{l}'],
    ['{L} {S}', '{l}-{s}'],
    ['{L} & {L2}', '{l}-{l2}'],
    ['{L} {S} {legal}', '{l}-{s}'],
  ],
  sectors: [
    ['Consulting', 'consulting'],
    ['Logistik', 'logistik'],
    ['Software', 'software'],
    ['Medien', 'medien'],
    ['Haustechnik', 'haustechnik'],
    ['Bau', 'bau'],
  ],
  greetings: ['Hallo,', 'Guten Tag,', 'Sehr geehrte Damen und Herren,'],
  capitalAfterGreeting: ['Sie', 'Ihr', 'Ihre', 'Ihnen', 'Ihren', 'Ihrem', 'Ihrer', 'Ihres'],
  closings: ['Viele Grüße\n{first}', 'Mit freundlichen Grüßen\n{name}', 'Danke und beste Grüße\n{first}'],
  contact: {
    business: [
      {
        subject: 'Angebot für 25 Nutzer',
        body: 'Wir prüfen gerade Ihr Produkt für {company} und hätten gern ein Angebot für etwa 25 Lizenzen. Ist auch eine jährliche Abrechnung möglich?',
      },
      {
        subject: 'Anfrage zu einer Partnerschaft',
        body: 'Ich verantworte bei {company} die Partnerschaften und sehe viele Überschneidungen zwischen unseren Kunden. Hätten Sie nächste Woche Zeit für ein kurzes Gespräch?',
      },
    ],
    personal: [
      {
        subject: 'Frage zu meiner Bestellung',
        body: 'Ich habe letzte Woche bestellt, aber noch keine Versandbestätigung erhalten. Können Sie bitte den Status prüfen?',
      },
      {
        subject: 'Allgemeine Frage',
        body: 'Kann ich die E-Mail-Adresse meines Kontos ändern? Ich finde die Option in den Einstellungen nicht.',
      },
    ],
  },
  feedback: {
    positive: [
      'Sehr einfach zu bedienen, und der Support hat innerhalb von Minuten geantwortet.',
      'Das neue Dashboard gefällt mir sehr, es spart mir jede Woche viel Zeit.',
      'Die Einrichtung hat fünf Minuten gedauert und alles hat sofort funktioniert.',
    ],
    mixed: [
      'Erfüllt seinen Zweck, aber die mobile App ist manchmal langsam.',
      'Insgesamt gute Funktionen, für kleine Teams ist der Preis aber etwas hoch.',
      'Läuft gut, wenn alles eingerichtet ist, aber das Onboarding war verwirrend.',
    ],
    negative: [
      'Die App meldet mich ständig ab und auf mein Ticket hat niemand geantwortet.',
      'Zu teuer für das, was geboten wird, und der Export funktioniert nicht.',
      'Sehr enttäuscht: Das letzte Update hat Funktionen entfernt, die ich täglich genutzt habe.',
    ],
  },
  job: [
    'Ich würde sehr gern als {position} in Ihrem Team arbeiten. Meinen Lebenslauf finden Sie im Anhang; gern erzähle ich mehr über meine letzten Projekte.',
    'Anbei sende ich Ihnen meine Bewerbung als {position}. Ich könnte innerhalb eines Monats beginnen.',
  ],
  demo: [
    'Wir sind bei {company} {size} Mitarbeitende und suchen ein Tool, das unsere Excel-Listen ersetzt. Könnten Sie uns die Reporting-Funktionen zeigen?',
    '{company} vergleicht gerade Lösungen für das nächste Quartal. Uns interessieren vor allem die Integrationen und die Rechteverwaltung.',
  ],
  accessibility: [
    'Ich nutze einen Rollstuhl: Ist der Veranstaltungsort barrierefrei?',
    'Ich bin schwerhörig und würde mich über einen Platz weiter vorne freuen.',
  ],
  support: {
    subjects: {
      login: 'Anmeldung nicht möglich',
      billing: 'Diesen Monat doppelt abgebucht',
      api: 'API liefert 500-Fehler',
      dashboard: 'Dashboard lädt nicht',
      notifications: 'Keine E-Mail-Benachrichtigungen mehr',
      'data-export': 'CSV-Export ist leer',
    },
    problems: {
      login:
        'Seit heute Morgen erhalte ich „ungültige Zugangsdaten“, obwohl ich mein Passwort zurückgesetzt habe.',
      billing:
        'Die Januar-Rechnung wurde zweimal von meiner Karte abgebucht. Bitte erstatten Sie die doppelte Zahlung.',
      api: 'Anfragen an den Endpunkt /orders schlagen seit dem gestrigen Release mit HTTP 500 fehl; andere Endpunkte funktionieren.',
      dashboard: 'Das Dashboard zeigt nur noch den Ladekreisel. Cache leeren hat nicht geholfen.',
      notifications:
        'Seit etwa einer Woche bekomme ich keine E-Mail-Benachrichtigungen zu neuen Kommentaren mehr. Im Spam-Ordner sind sie auch nicht.',
      'data-export': 'Beim CSV-Export enthält die Datei nur die Kopfzeile.',
    },
    urgency: {
      low: 'Keine Eile, wann immer es passt.',
      normal: 'Könnten Sie sich das bitte ansehen?',
      high: 'Das blockiert einen Teil unseres Teams, bitte schauen Sie sich das bald an.',
      urgent: 'Das blockiert gerade alle unsere Nutzer – bitte dringend helfen!',
    },
  },
  files: { cv: 'Lebenslauf', coverLetter: 'Anschreiben', screenshot: 'Bildschirmfoto {date} um {time}.png' },
  jobSuffix: ' (m/w/d)',
};
