import type { Phrasebook } from './book.ts';

/** Korean. Companies are `(주)` + brand + line of business. */
export const ko: Phrasebook = {
  formNames: {
    contact: ['문의하기'],
    newsletter: ['뉴스레터 구독'],
    feedback: ['고객 만족도 조사'],
    'job-application': ['입사 지원서'],
    'demo-request': ['데모 신청'],
    'event-registration': ['{event} 참가 신청'],
    'support-ticket': ['고객지원 문의'],
  },
  pages: {
    contact: ['/contact', '/inquiry'],
    newsletter: ['/', '/blog', '/newsletter'],
    feedback: ['/survey'],
    'job-application': ['/careers/{position}', '/recruit/{position}'],
    'demo-request': ['/demo', '/pricing'],
    'event-registration': ['/events/{event}'],
    'support-ticket': ['/support', '/help'],
  },
  eventNames: ['{brand} 컨퍼런스 {year}', '{brand} 고객의 날 {year}'],
  companyPatterns: [
    ['{legal}{B}{S}', '{b}{s}'],
    ['{B}{S}', '{b}-{s}'],
  ],
  sectors: [
    ['소프트', 'soft'],
    ['테크', 'tech'],
    ['전자', 'elec'],
    ['물산', 'corp'],
    ['건설', 'enc'],
    ['시스템', 'systems'],
  ],
  brands: [
    ['한빛', 'hanbit'],
    ['새롬', 'saerom'],
    ['누리', 'nuri'],
    ['미래', 'mirae'],
    ['하늘', 'haneul'],
    ['푸른', 'pureun'],
    ['세진', 'sejin'],
    ['다온', 'daon'],
  ],
  greetings: ['안녕하세요.', '안녕하세요, 담당자님.'],
  closings: ['감사합니다.\n{name} 드림', '잘 부탁드립니다.\n{name}'],
  contact: {
    business: [
      {
        subject: '25명 사용 견적 문의',
        body: '{company}에서 귀사 제품 도입을 검토하고 있습니다. 약 25개 라이선스 기준으로 견적을 받을 수 있을까요? 연간 결제도 가능한지 궁금합니다.',
      },
      {
        subject: '제휴 제안',
        body: '{company}에서 파트너십을 담당하고 있습니다. 양사의 고객층이 잘 맞는다고 생각합니다. 다음 주에 짧게 통화 가능하실까요?',
      },
    ],
    personal: [
      {
        subject: '주문 관련 문의',
        body: '지난주에 주문했는데 아직 배송 안내를 받지 못했습니다. 주문 상태를 확인해 주실 수 있나요?',
      },
      {
        subject: '계정 관련 문의',
        body: '계정 이메일 주소를 변경할 수 있나요? 설정 화면에서 해당 메뉴를 찾지 못했습니다.',
      },
    ],
  },
  feedback: {
    positive: [
      '사용하기 정말 쉽고, 고객지원도 몇 분 만에 답변해 주었어요.',
      '새 대시보드가 마음에 듭니다. 매주 시간을 많이 아낄 수 있어요.',
      '설정이 5분 만에 끝났고 바로 잘 작동했습니다.',
    ],
    mixed: [
      '쓸 만하지만 모바일 앱이 가끔 느립니다.',
      '기능은 전반적으로 좋지만 소규모 팀에게는 가격이 조금 부담됩니다.',
      '설정 후에는 잘 되지만 처음 시작하는 과정이 헷갈렸어요.',
    ],
    negative: [
      '앱에서 계속 로그아웃되고, 문의에도 아무도 답변하지 않았습니다.',
      '제공하는 기능에 비해 너무 비싸고, 내보내기가 작동하지 않습니다.',
      '매우 실망했습니다. 지난 업데이트에서 매일 쓰던 기능이 사라졌어요.',
    ],
  },
  job: [
    '{position} 포지션에 지원합니다. 이력서를 첨부했으니 검토 부탁드립니다.',
    '귀사의 {position} 포지션에서 함께하고 싶어 지원하게 되었습니다. 한 달 이내에 입사 가능합니다.',
  ],
  demo: [
    '저희 회사({company})는 직원 {size}명 규모로, 현재 사용하는 스프레드시트를 대체할 도구를 찾고 있습니다. 리포트 기능을 소개해 주실 수 있을까요?',
    '{company}에서 다음 분기를 위해 여러 솔루션을 비교하고 있습니다. 연동 기능과 사용자 권한 관리를 자세히 보고 싶습니다.',
  ],
  accessibility: [
    '휠체어를 사용합니다. 행사장에 계단 없이 들어갈 수 있을까요?',
    '청력이 좋지 않아 가능하면 앞쪽 좌석을 원합니다.',
  ],
  support: {
    subjects: {
      login: '로그인이 안 됩니다',
      billing: '이번 달 요금이 이중으로 결제되었습니다',
      api: 'API에서 500 오류가 발생합니다',
      dashboard: '대시보드가 열리지 않습니다',
      notifications: '이메일 알림이 오지 않습니다',
      'data-export': 'CSV 내보내기 파일이 비어 있습니다',
    },
    problems: {
      login: "오늘 아침부터 비밀번호를 재설정해도 '잘못된 로그인 정보'라는 메시지가 나옵니다.",
      billing: '1월 청구 금액이 카드에서 두 번 결제되었습니다. 중복 결제분 환불 부탁드립니다.',
      api: '어제 배포 이후 /orders 엔드포인트 요청이 HTTP 500으로 실패합니다. 다른 엔드포인트는 정상입니다.',
      dashboard: '대시보드가 계속 로딩 중으로만 표시됩니다. 캐시를 삭제해도 해결되지 않았습니다.',
      notifications: '일주일 전쯤부터 새 댓글 이메일 알림을 받지 못하고 있습니다. 스팸함에도 없습니다.',
      'data-export': '데이터를 CSV로 내보내면 파일에 헤더 행만 들어 있습니다.',
    },
    urgency: {
      low: '급하지 않으니 시간 되실 때 확인 부탁드립니다.',
      normal: '확인 부탁드립니다.',
      high: '팀 일부가 업무를 못 하고 있어 빠른 확인 부탁드립니다.',
      urgent: '지금 모든 사용자가 이용하지 못하고 있습니다. 긴급히 도와주세요!',
    },
  },
  files: { cv: '이력서', coverLetter: '자기소개서', screenshot: '스크린샷 {date} {time}.png' },
  jobSuffix: '',
};
