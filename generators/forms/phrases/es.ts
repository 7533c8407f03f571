import type { Phrasebook } from './book.ts';

/** Spanish (es, es_MX): usted forms, understood on both sides of the Atlantic. */
export const es: Phrasebook = {
  formNames: {
    contact: ['Formulario de contacto'],
    newsletter: ['Suscripción al boletín'],
    feedback: ['Opinión de clientes'],
    'job-application': ['Solicitud de empleo'],
    'demo-request': ['Solicitar una demo'],
    'event-registration': ['Inscripción: {event}'],
    'support-ticket': ['Solicitud de soporte'],
  },
  pages: {
    contact: ['/contacto'],
    newsletter: ['/', '/blog', '/newsletter'],
    feedback: ['/opiniones'],
    'job-application': ['/empleo/{position}', '/trabaja-con-nosotros/{position}'],
    'demo-request': ['/demo', '/precios'],
    'event-registration': ['/eventos/{event}'],
    'support-ticket': ['/soporte', '/ayuda/contacto'],
  },
  eventNames: ['{brand} Summit {year}', 'Jornada de clientes {brand} {year}'],
  companyPatterns: [
    ['{L} {legal}', '{l}'],
    ['{S} {L}', '{s}{l}'],
    ['{L} y {L2} {legal}', '{l}-{l2}'],
    ['{S} {L} {legal}', '{s}-{l}'],
  ],
  sectors: [
    ['Consultores', 'consultores'],
    ['Logística', 'logistica'],
    ['Software', 'software'],
    ['Medios', 'medios'],
    ['Construcciones', 'construcciones'],
  ],
  greetings: ['Hola,', 'Buenos días,'],
  closings: ['Gracias,\n{first}', 'Un saludo,\n{name}', 'Saludos cordiales,\n{name}'],
  contact: {
    business: [
      {
        subject: 'Presupuesto para 25 usuarios',
        body: 'Estamos evaluando su producto para {company} y nos gustaría recibir un presupuesto para unas 25 licencias. ¿Ofrecen facturación anual?',
      },
      {
        subject: 'Propuesta de colaboración',
        body: 'Me encargo de las alianzas en {company} y creo que nuestros clientes encajan muy bien con los suyos. ¿Tendrían tiempo para una llamada breve la próxima semana?',
      },
    ],
    personal: [
      {
        subject: 'Consulta sobre mi pedido',
        body: 'Hice un pedido la semana pasada y todavía no he recibido la confirmación de envío. ¿Podrían revisar el estado?',
      },
      {
        subject: 'Consulta general',
        body: '¿Es posible cambiar el correo electrónico de mi cuenta? No encuentro la opción en la configuración.',
      },
    ],
  },
  feedback: {
    positive: [
      'Muy fácil de usar, y el soporte respondió en minutos.',
      'Me encanta el nuevo panel, me ahorra mucho tiempo cada semana.',
      'La configuración llevó cinco minutos y todo funcionó a la primera.',
    ],
    mixed: [
      'Cumple su función, pero la app móvil va lenta a veces.',
      'En general tiene buenas funciones, aunque el precio es algo alto para equipos pequeños.',
      'Funciona bien una vez configurado, pero el proceso inicial fue confuso.',
    ],
    negative: [
      'La app me cierra la sesión constantemente y nadie ha respondido a mi ticket.',
      'Demasiado caro para lo que ofrece, y las exportaciones no funcionan.',
      'Muy decepcionante: la última actualización eliminó funciones que usaba a diario.',
    ],
  },
  job: [
    'Me encantaría unirme a su equipo como {position}. Adjunto mi CV; con gusto les cuento más sobre mis últimos proyectos.',
    'Les envío mi candidatura para el puesto de {position}. Podría incorporarme en un mes.',
  ],
  demo: [
    'En {company} somos {size} empleados y buscamos una herramienta que sustituya nuestras hojas de cálculo. ¿Podrían mostrarnos las funciones de informes?',
    '{company} está evaluando opciones para el próximo trimestre. Nos interesa ver cómo funcionan las integraciones y los permisos de usuario.',
  ],
  accessibility: [
    'Uso silla de ruedas: ¿el lugar es accesible?',
    'Tengo problemas de audición y agradecería un asiento cerca del escenario.',
  ],
  support: {
    subjects: {
      login: 'No puedo iniciar sesión',
      billing: 'Cobro duplicado este mes',
      api: 'La API devuelve errores 500',
      dashboard: 'El panel no carga',
      notifications: 'No recibo notificaciones por correo',
      'data-export': 'La exportación CSV está vacía',
    },
    problems: {
      login:
        'Desde esta mañana me aparece «credenciales no válidas», incluso después de restablecer la contraseña.',
      billing:
        'Me cobraron dos veces la factura de enero en la tarjeta. Por favor, reembolsen el pago duplicado.',
      api: 'Las peticiones al endpoint /orders fallan con HTTP 500 desde el despliegue de ayer; los demás endpoints funcionan.',
      dashboard: 'El panel se queda cargando indefinidamente. Borrar la caché no ha servido.',
      notifications:
        'Hace una semana que no recibo notificaciones por correo de los nuevos comentarios. Tampoco están en spam.',
      'data-export': 'Al exportar mis datos en CSV, el archivo solo contiene la fila de encabezados.',
    },
    urgency: {
      low: 'No corre prisa, cuando puedan.',
      normal: '¿Podrían revisarlo?',
      high: 'Esto está bloqueando a parte del equipo, por favor revísenlo pronto.',
      urgent: '¡Ahora mismo todos nuestros usuarios están bloqueados, necesitamos ayuda urgente!',
    },
  },
  files: {
    cv: 'CV',
    coverLetter: 'Carta_de_presentacion',
    screenshot: 'Captura de pantalla {date} a las {time}.png',
  },
  jobSuffix: '',
};
