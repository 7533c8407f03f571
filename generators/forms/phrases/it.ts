import type { Phrasebook } from './book.ts';

/** Italian. */
export const it: Phrasebook = {
  formNames: {
    contact: ['Modulo di contatto'],
    newsletter: ['Iscrizione alla newsletter'],
    feedback: ['Feedback clienti'],
    'job-application': ['Candidatura'],
    'demo-request': ['Richiedi una demo'],
    'event-registration': ['Registrazione {event}'],
    'support-ticket': ['Richiesta di assistenza'],
  },
  pages: {
    contact: ['/contatti'],
    newsletter: ['/', '/blog', '/newsletter'],
    feedback: ['/feedback'],
    'job-application': ['/lavora-con-noi/{position}', '/carriere/{position}'],
    'demo-request': ['/demo', '/prezzi'],
    'event-registration': ['/eventi/{event}'],
    'support-ticket': ['/assistenza', '/supporto'],
  },
  eventNames: ['{brand} Summit {year}', 'Customer Day {brand} {year}'],
  companyPatterns: [
    ['{L} {legal}', '{l}'],
    ['{L} {S}', '{l}{s}'],
    ['{L} & {L2} {legal}', '{l}-{l2}'],
    ['{S} {L} {legal}', '{s}-{l}'],
  ],
  sectors: [
    ['Consulting', 'consulting'],
    ['Logistica', 'logistica'],
    ['Informatica', 'informatica'],
    ['Servizi', 'servizi'],
    ['Costruzioni', 'costruzioni'],
  ],
  greetings: ['Buongiorno,', 'Salve,', 'Ciao,'],
  closings: ['Grazie,\n{first}', 'Cordiali saluti,\n{name}', 'Un saluto,\n{first}'],
  contact: {
    business: [
      {
        subject: 'Preventivo per 25 utenti',
        body: 'Stiamo valutando il vostro prodotto per {company} e vorremmo un preventivo per circa 25 licenze. È prevista la fatturazione annuale?',
      },
      {
        subject: 'Proposta di collaborazione',
        body: 'Mi occupo delle partnership in {company} e vedo molti punti in comune tra i nostri clienti. Avreste tempo per una breve chiamata la prossima settimana?',
      },
    ],
    personal: [
      {
        subject: 'Domanda sul mio ordine',
        body: 'Ho effettuato un ordine la settimana scorsa ma non ho ancora ricevuto la conferma di spedizione. Potreste verificare lo stato?',
      },
      {
        subject: 'Domanda generale',
        body: 'È possibile cambiare l’indirizzo email del mio account? Non trovo l’opzione nelle impostazioni.',
      },
    ],
  },
  feedback: {
    positive: [
      'Facilissimo da usare, e l’assistenza ha risposto in pochi minuti.',
      'Adoro la nuova dashboard, mi fa risparmiare un sacco di tempo ogni settimana.',
      'La configurazione ha richiesto cinque minuti e tutto ha funzionato subito.',
    ],
    mixed: [
      'Fa il suo lavoro, ma l’app mobile a volte è lenta.',
      'Nel complesso buone funzionalità, anche se il prezzo è un po’ alto per i team piccoli.',
      'Funziona bene una volta configurato, ma l’onboarding è stato confuso.',
    ],
    negative: [
      'L’app mi disconnette di continuo e nessuno ha risposto al mio ticket.',
      'Troppo caro per quello che offre, e le esportazioni non funzionano.',
      'Molto deludente: l’ultimo aggiornamento ha rimosso funzioni che usavo ogni giorno.',
    ],
  },
  job: [
    'Mi piacerebbe molto entrare nel vostro team come {position}. In allegato trovate il mio CV.',
    'Vi invio la mia candidatura per la posizione di {position}. Sarei disponibile entro un mese.',
  ],
  demo: [
    'In {company} siamo {size} dipendenti e cerchiamo uno strumento che sostituisca i nostri fogli di calcolo. Potreste mostrarci le funzioni di reportistica?',
    '{company} sta valutando alcune soluzioni per il prossimo trimestre. Vorremmo vedere come funzionano le integrazioni e i permessi utente.',
  ],
  accessibility: [
    'Sono in sedia a rotelle: la sede è accessibile?',
    'Ho problemi di udito e gradirei un posto vicino al palco.',
  ],
  support: {
    subjects: {
      login: 'Impossibile accedere',
      billing: 'Addebito doppio questo mese',
      api: 'L’API restituisce errori 500',
      dashboard: 'La dashboard non si carica',
      notifications: 'Non ricevo più le notifiche email',
      'data-export': 'L’esportazione CSV è vuota',
    },
    problems: {
      login: 'Da stamattina ricevo «credenziali non valide» anche dopo aver reimpostato la password.',
      billing:
        'La fattura di gennaio mi è stata addebitata due volte sulla carta. Vi chiedo di rimborsare il pagamento doppio.',
      api: 'Le richieste all’endpoint /orders falliscono con HTTP 500 dal rilascio di ieri; gli altri endpoint funzionano.',
      dashboard: 'La dashboard resta bloccata sull’icona di caricamento. Svuotare la cache non è servito.',
      notifications:
        'Da circa una settimana non ricevo più le notifiche email per i nuovi commenti. Non sono nemmeno nello spam.',
      'data-export': 'Quando esporto i dati in CSV, il file contiene solo la riga di intestazione.',
    },
    urgency: {
      low: 'Nessuna fretta, quando potete.',
      normal: 'Potreste darci un’occhiata?',
      high: 'Questo blocca parte del nostro team, vi prego di verificare presto.',
      urgent: 'In questo momento tutti i nostri utenti sono bloccati, aiutateci subito!',
    },
  },
  files: {
    cv: 'CV',
    coverLetter: 'Lettera_di_presentazione',
    screenshot: 'Screenshot {date} alle {time}.png',
  },
  jobSuffix: '',
};
