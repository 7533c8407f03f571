import type { Phrasebook } from './book.ts';

/** Polish (written without gendered verb forms, so any sender can say it). */
export const pl: Phrasebook = {
  formNames: {
    contact: ['Formularz kontaktowy'],
    newsletter: ['Zapis do newslettera'],
    feedback: ['Opinie klientów'],
    'job-application': ['Formularz aplikacyjny'],
    'demo-request': ['Umów prezentację'],
    'event-registration': ['Rejestracja: {event}'],
    'support-ticket': ['Zgłoszenie do pomocy technicznej'],
  },
  pages: {
    contact: ['/kontakt'],
    newsletter: ['/', '/blog', '/newsletter'],
    feedback: ['/opinie'],
    'job-application': ['/kariera/{position}', '/praca/{position}'],
    'demo-request': ['/demo', '/cennik'],
    'event-registration': ['/wydarzenia/{event}'],
    'support-ticket': ['/pomoc', '/wsparcie'],
  },
  eventNames: ['{brand} Summit {year}', 'Dzień Klienta {brand} {year}'],
  companyPatterns: [
    ['{L} {legal}', '{l}'],
    ['{L} {S} {legal}', '{l}-{s}'],
    ['{L} i {L2} {legal}', '{l}-{l2}'],
    ['{S} {L}', '{s}{l}'],
  ],
  sectors: [
    ['Consulting', 'consulting'],
    ['Logistyka', 'logistyka'],
    ['Software', 'software'],
    ['Media', 'media'],
    ['Budownictwo', 'budownictwo'],
  ],
  greetings: ['Dzień dobry,', 'Witam,', 'Cześć,'],
  closings: ['Dziękuję,\n{first}', 'Z poważaniem,\n{name}', 'Pozdrawiam,\n{first}'],
  contact: {
    business: [
      {
        subject: 'Wycena dla 25 użytkowników',
        body: 'Rozważamy Państwa produkt dla {company} i prosimy o wycenę dla około 25 licencji. Czy możliwe jest rozliczenie roczne?',
      },
      {
        subject: 'Propozycja współpracy',
        body: 'Odpowiadam za partnerstwa w {company} i widzę duże podobieństwa między naszymi klientami. Czy znajdą Państwo czas na krótką rozmowę w przyszłym tygodniu?',
      },
    ],
    personal: [
      {
        subject: 'Pytanie o moje zamówienie',
        body: 'Zamówienie zostało złożone w zeszłym tygodniu, a potwierdzenia wysyłki wciąż nie ma. Czy mogą Państwo sprawdzić status?',
      },
      {
        subject: 'Pytanie ogólne',
        body: 'Czy można zmienić adres e-mail przypisany do konta? Nie mogę znaleźć tej opcji w ustawieniach.',
      },
    ],
  },
  feedback: {
    positive: [
      'Bardzo łatwy w obsłudze, a wsparcie odpowiedziało w kilka minut.',
      'Nowy panel jest świetny, oszczędza mi mnóstwo czasu co tydzień.',
      'Konfiguracja zajęła pięć minut i wszystko od razu działało.',
    ],
    mixed: [
      'Spełnia swoje zadanie, ale aplikacja mobilna czasem działa wolno.',
      'Ogólnie dobre funkcje, choć cena jest trochę wysoka dla małych zespołów.',
      'Po konfiguracji działa dobrze, ale wdrożenie było mało intuicyjne.',
    ],
    negative: [
      'Aplikacja ciągle mnie wylogowuje, a nikt nie odpowiedział na moje zgłoszenie.',
      'Za drogo jak na to, co oferuje, a eksport nie działa.',
      'Duże rozczarowanie: ostatnia aktualizacja usunęła funkcje używane przeze mnie codziennie.',
    ],
  },
  job: [
    'Chętnie dołączę do Państwa zespołu na stanowisko {position}. CV przesyłam w załączniku.',
    'Przesyłam moją aplikację na stanowisko {position}. Mogę rozpocząć pracę w ciągu miesiąca.',
  ],
  demo: [
    'W {company} pracuje {size} osób i szukamy narzędzia, które zastąpi nasze arkusze kalkulacyjne. Czy mogą Państwo pokazać funkcje raportowania?',
    '{company} analizuje rozwiązania na kolejny kwartał. Chcielibyśmy zobaczyć, jak działają integracje i uprawnienia użytkowników.',
  ],
  accessibility: [
    'Poruszam się na wózku: czy miejsce wydarzenia jest dostępne?',
    'Mam problemy ze słuchem i chętnie usiądę blisko sceny.',
  ],
  support: {
    subjects: {
      login: 'Nie mogę się zalogować',
      billing: 'Podwójne obciążenie w tym miesiącu',
      api: 'API zwraca błędy 500',
      dashboard: 'Panel się nie ładuje',
      notifications: 'Nie dostaję powiadomień e-mail',
      'data-export': 'Eksport CSV jest pusty',
    },
    problems: {
      login: 'Od rana widzę komunikat „nieprawidłowe dane logowania”, mimo zresetowania hasła.',
      billing: 'Faktura za styczeń została pobrana z karty dwa razy. Proszę o zwrot podwójnej płatności.',
      api: 'Żądania do endpointu /orders kończą się błędem HTTP 500 od wczorajszego wdrożenia; pozostałe endpointy działają.',
      dashboard: 'Panel cały czas pokazuje ikonę ładowania. Wyczyszczenie pamięci podręcznej nie pomogło.',
      notifications:
        'Od mniej więcej tygodnia nie dostaję powiadomień e-mail o nowych komentarzach. W spamie też ich nie ma.',
      'data-export': 'Po eksporcie danych do CSV plik zawiera tylko wiersz nagłówka.',
    },
    urgency: {
      low: 'Nic pilnego, kiedy będzie chwila.',
      normal: 'Czy mogą Państwo to sprawdzić?',
      high: 'To blokuje część naszego zespołu, proszę o szybką pomoc.',
      urgent: 'W tej chwili wszyscy nasi użytkownicy są zablokowani, prosimy o pilną pomoc!',
    },
  },
  files: { cv: 'CV', coverLetter: 'List_motywacyjny', screenshot: 'Zrzut ekranu {date} o {time}.png' },
  jobSuffix: '',
};
