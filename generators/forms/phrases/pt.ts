import type { Phrasebook } from './book.ts';

/** Brazilian Portuguese. */
export const pt: Phrasebook = {
  formNames: {
    contact: ['Formulário de contato', 'Fale conosco'],
    newsletter: ['Cadastro na newsletter'],
    feedback: ['Avaliação de clientes'],
    'job-application': ['Trabalhe conosco'],
    'demo-request': ['Solicite uma demonstração'],
    'event-registration': ['Inscrição {event}'],
    'support-ticket': ['Abrir chamado'],
  },
  pages: {
    contact: ['/contato', '/fale-conosco'],
    newsletter: ['/', '/blog', '/newsletter'],
    feedback: ['/avaliacao'],
    'job-application': ['/vagas/{position}', '/trabalhe-conosco/{position}'],
    'demo-request': ['/demo', '/precos'],
    'event-registration': ['/eventos/{event}'],
    'support-ticket': ['/suporte', '/ajuda'],
  },
  eventNames: ['{brand} Summit {year}', 'Encontro de Clientes {brand} {year}'],
  companyPatterns: [
    ['{L} {legal}', '{l}'],
    ['{L} {S}', '{l}{s}'],
    ['{L} & {L2} {legal}', '{l}-{l2}'],
    ['{S} {L} {legal}', '{s}{l}'],
  ],
  sectors: [
    ['Consultoria', 'consultoria'],
    ['Logística', 'logistica'],
    ['Tecnologia', 'tecnologia'],
    ['Serviços', 'servicos'],
    ['Engenharia', 'engenharia'],
  ],
  greetings: ['Olá,', 'Bom dia,', 'Oi,'],
  closings: ['Agradeço desde já,\n{first}', 'Atenciosamente,\n{name}', 'Abraços,\n{first}'],
  contact: {
    business: [
      {
        subject: 'Orçamento para 25 usuários',
        body: 'Estamos avaliando o produto de vocês para a {company} e gostaríamos de um orçamento para cerca de 25 licenças. Vocês oferecem cobrança anual?',
      },
      {
        subject: 'Proposta de parceria',
        body: 'Cuido das parcerias na {company} e acredito que nossos clientes têm muito a ver com os de vocês. Podemos marcar uma conversa rápida na semana que vem?',
      },
    ],
    personal: [
      {
        subject: 'Dúvida sobre meu pedido',
        body: 'Fiz um pedido na semana passada e ainda não recebi a confirmação de envio. Vocês podem verificar o status?',
      },
      {
        subject: 'Dúvida geral',
        body: 'É possível alterar o e-mail da minha conta? Não encontrei a opção nas configurações.',
      },
    ],
  },
  feedback: {
    positive: [
      'Muito fácil de usar, e o suporte respondeu em minutos.',
      'Adorei o novo painel, ele me economiza muito tempo toda semana.',
      'A configuração levou cinco minutos e tudo funcionou de primeira.',
    ],
    mixed: [
      'Cumpre o que promete, mas o app às vezes fica lento.',
      'No geral tem bons recursos, mas o preço é um pouco alto para equipes pequenas.',
      'Funciona bem depois de configurado, mas o onboarding foi confuso.',
    ],
    negative: [
      'O app me desconecta o tempo todo e ninguém respondeu meu chamado.',
      'Caro demais para o que oferece, e a exportação não funciona.',
      'Muito decepcionante: a última atualização removeu funções que eu usava todo dia.',
    ],
  },
  job: [
    'Adoraria fazer parte do time de vocês como {position}. Meu currículo está em anexo.',
    'Envio minha candidatura para a vaga de {position}. Posso começar em até um mês.',
  ],
  demo: [
    'Na {company} somos {size} funcionários e procuramos uma ferramenta para substituir nossas planilhas. Vocês poderiam mostrar os recursos de relatórios?',
    'A {company} está avaliando opções para o próximo trimestre. Queremos entender como funcionam as integrações e as permissões de usuário.',
  ],
  accessibility: [
    'Sou cadeirante: o local tem acessibilidade?',
    'Tenho deficiência auditiva e gostaria de um lugar perto do palco.',
  ],
  support: {
    subjects: {
      login: 'Não consigo fazer login',
      billing: 'Cobrança em duplicidade este mês',
      api: 'API retornando erro 500',
      dashboard: 'Painel não carrega',
      notifications: 'Não recebo mais notificações por e-mail',
      'data-export': 'Exportação CSV vazia',
    },
    problems: {
      login: 'Desde hoje cedo aparece “credenciais inválidas”, mesmo depois de redefinir a senha.',
      billing:
        'A fatura de janeiro foi cobrada duas vezes no meu cartão. Por favor, estornem o pagamento duplicado.',
      api: 'As requisições para o endpoint /orders falham com HTTP 500 desde o deploy de ontem; os outros endpoints funcionam.',
      dashboard: 'O painel fica carregando sem parar. Limpar o cache não resolveu.',
      notifications:
        'Há cerca de uma semana não recebo notificações por e-mail de novos comentários. Também não estão no spam.',
      'data-export': 'Quando exporto meus dados em CSV, o arquivo vem só com a linha de cabeçalho.',
    },
    urgency: {
      low: 'Sem pressa, quando puderem.',
      normal: 'Vocês podem dar uma olhada?',
      high: 'Isso está travando parte da equipe, por favor vejam logo.',
      urgent: 'Todos os nossos usuários estão travados agora, precisamos de ajuda urgente!',
    },
  },
  files: {
    cv: 'Curriculo',
    coverLetter: 'Carta_de_apresentacao',
    screenshot: 'Captura de Tela {date} às {time}.png',
  },
  jobSuffix: '',
};
