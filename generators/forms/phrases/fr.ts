import type { Phrasebook } from './book.ts';

/** French. */
export const fr: Phrasebook = {
  formNames: {
    contact: ['Formulaire de contact'],
    newsletter: ['Inscription à la newsletter'],
    feedback: ['Avis clients'],
    'job-application': ['Candidature'],
    'demo-request': ['Demander une démo'],
    'event-registration': ['Inscription – {event}'],
    'support-ticket': ['Demande d’assistance'],
  },
  pages: {
    contact: ['/contact', '/nous-contacter'],
    newsletter: ['/', '/blog', '/newsletter'],
    feedback: ['/avis'],
    'job-application': ['/carrieres/{position}', '/recrutement/{position}'],
    'demo-request': ['/demo', '/tarifs'],
    'event-registration': ['/evenements/{event}'],
    'support-ticket': ['/support', '/aide/contact'],
  },
  eventNames: ['{brand} Summit {year}', 'Journée clients {brand} {year}'],
  companyPatterns: [
    ['{L} {legal}', '{l}'],
    ['{L} {S}', '{l}-{s}'],
    ['{L} & {L2}', '{l}-{l2}'],
    ['{S} {L} {legal}', '{s}-{l}'],
  ],
  sectors: [
    ['Conseil', 'conseil'],
    ['Logistique', 'logistique'],
    ['Informatique', 'informatique'],
    ['Médias', 'medias'],
    ['Bâtiment', 'batiment'],
  ],
  greetings: ['Bonjour,', 'Madame, Monsieur,'],
  closings: ['Merci d’avance,\n{first}', 'Cordialement,\n{name}', 'Bien à vous,\n{name}'],
  contact: {
    business: [
      {
        subject: 'Devis pour 25 utilisateurs',
        body: 'Nous évaluons votre solution pour {company} et souhaiterions un devis pour environ 25 licences. Proposez-vous une facturation annuelle ?',
      },
      {
        subject: 'Proposition de partenariat',
        body: 'Je m’occupe des partenariats chez {company} et je vois beaucoup de points communs entre nos clients. Seriez-vous disponible pour un court appel la semaine prochaine ?',
      },
    ],
    personal: [
      {
        subject: 'Question sur ma commande',
        body: 'J’ai passé commande la semaine dernière et je n’ai toujours pas reçu de confirmation d’expédition. Pourriez-vous vérifier où elle en est ?',
      },
      {
        subject: 'Question générale',
        body: 'Est-il possible de changer l’adresse e-mail de mon compte ? Je ne trouve pas l’option dans les paramètres.',
      },
    ],
  },
  feedback: {
    positive: [
      'Très simple à utiliser, et le support a répondu en quelques minutes.',
      'J’adore le nouveau tableau de bord, il me fait gagner beaucoup de temps chaque semaine.',
      'L’installation a pris cinq minutes et tout a fonctionné du premier coup.',
    ],
    mixed: [
      'Ça fait le travail, mais l’application mobile est parfois lente.',
      'De bonnes fonctionnalités dans l’ensemble, mais le prix est un peu élevé pour les petites équipes.',
      'Ça marche bien une fois configuré, mais la prise en main a été laborieuse.',
    ],
    negative: [
      'L’application me déconnecte sans arrêt et personne n’a répondu à mon ticket.',
      'Trop cher pour ce que c’est, et les exports ne fonctionnent pas.',
      'Très déçu : la dernière mise à jour a supprimé des fonctions que j’utilisais tous les jours.',
    ],
  },
  job: [
    'Je serais ravi(e) de rejoindre votre équipe en tant que {position}. Vous trouverez mon CV en pièce jointe.',
    'Veuillez trouver ci-joint ma candidature au poste de {position}. Je suis disponible sous un mois.',
  ],
  demo: [
    'Chez {company}, nous sommes {size} salariés et cherchons un outil pour remplacer nos tableurs. Pourriez-vous nous présenter les fonctions de reporting ?',
    '{company} étudie plusieurs solutions pour le prochain trimestre. Nous aimerions voir comment fonctionnent les intégrations et la gestion des droits.',
  ],
  accessibility: [
    'Je me déplace en fauteuil roulant : le lieu est-il accessible ?',
    'Je suis malentendant(e) et j’aimerais être placé(e) près de la scène.',
  ],
  support: {
    subjects: {
      login: 'Impossible de me connecter',
      billing: 'Prélevé deux fois ce mois-ci',
      api: 'L’API renvoie des erreurs 500',
      dashboard: 'Le tableau de bord ne charge pas',
      notifications: 'Je ne reçois plus les notifications par e-mail',
      'data-export': 'L’export CSV est vide',
    },
    problems: {
      login:
        'Depuis ce matin, j’obtiens « identifiants invalides » même après avoir réinitialisé mon mot de passe.',
      billing:
        'Ma carte a été débitée deux fois pour la facture de janvier. Merci de rembourser le paiement en double.',
      api: 'Les requêtes vers /orders échouent avec une erreur HTTP 500 depuis la mise en production d’hier ; les autres endpoints fonctionnent.',
      dashboard: 'Le tableau de bord reste bloqué sur l’icône de chargement. Vider le cache n’a rien changé.',
      notifications:
        'Je ne reçois plus les notifications par e-mail pour les nouveaux commentaires depuis une semaine environ. Elles ne sont pas non plus dans les spams.',
      'data-export': 'Quand j’exporte mes données en CSV, le fichier ne contient que la ligne d’en-tête.',
    },
    urgency: {
      low: 'Rien d’urgent, quand vous aurez un moment.',
      normal: 'Pourriez-vous regarder ?',
      high: 'Cela bloque une partie de notre équipe, merci de regarder rapidement.',
      urgent: 'Tous nos utilisateurs sont bloqués en ce moment, aidez-nous au plus vite !',
    },
  },
  files: { cv: 'CV', coverLetter: 'Lettre_de_motivation', screenshot: 'Capture d’écran {date} à {time}.png' },
  jobSuffix: ' (H/F)',
};
