import type { Phrasebook } from './book.ts';

/** Japanese. Companies are `株式会社` + family name + line of business. */
export const ja: Phrasebook = {
  formNames: {
    contact: ['お問い合わせフォーム'],
    newsletter: ['メールマガジン登録'],
    feedback: ['お客様アンケート'],
    'job-application': ['採用エントリーフォーム'],
    'demo-request': ['デモのお申し込み'],
    'event-registration': ['{event} 参加申し込み'],
    'support-ticket': ['サポートへのお問い合わせ'],
  },
  pages: {
    contact: ['/contact', '/inquiry'],
    newsletter: ['/', '/blog', '/newsletter'],
    feedback: ['/survey'],
    'job-application': ['/recruit/{position}', '/careers/{position}'],
    'demo-request': ['/demo', '/price'],
    'event-registration': ['/event/{event}', '/seminar/{event}'],
    'support-ticket': ['/support', '/faq/contact'],
  },
  eventNames: ['{brand} カンファレンス {year}', '{brand} ユーザー会 {year}'],
  companyPatterns: [
    ['{legal}{L}{S}', '{l}-{s}'],
    ['{L}{S}{legal}', '{l}{s}'],
  ],
  sectors: [
    ['商事', 'shoji'],
    ['システム', 'system'],
    ['工業', 'kogyo'],
    ['電機', 'denki'],
    ['物産', 'bussan'],
    ['ソフトウェア', 'software'],
    ['食品', 'foods'],
  ],
  greetings: ['お世話になっております。', 'はじめまして。', 'こんにちは。'],
  closings: ['よろしくお願いいたします。\n{last}', 'どうぞよろしくお願いします。\n{name}'],
  contact: {
    business: [
      {
        subject: '25名分の料金について',
        body: '{company}で御社の製品を検討しております。25ライセンス程度のお見積もりをいただけますでしょうか。年間契約での請求は可能ですか。',
      },
      {
        subject: '業務提携のご相談',
        body: '{company}でパートナーシップを担当しております。お互いの顧客層に親和性があると感じております。来週、短いお打ち合わせのお時間をいただけないでしょうか。',
      },
    ],
    personal: [
      {
        subject: '注文についての問い合わせ',
        body: '先週注文したのですが、まだ発送のご連絡が届いていません。状況を確認していただけますか。',
      },
      {
        subject: 'アカウントについての質問',
        body: 'アカウントのメールアドレスを変更することはできますか。設定画面で項目が見つかりませんでした。',
      },
    ],
  },
  feedback: {
    positive: [
      'とても使いやすく、サポートも数分で返信してくれました。',
      '新しいダッシュボードが気に入っています。毎週かなりの時間を節約できています。',
      '設定は5分で終わり、すぐに問題なく使えました。',
    ],
    mixed: [
      '用途は満たしていますが、モバイルアプリが時々重いです。',
      '機能は全体的に良いのですが、小規模チームには少し価格が高いと感じます。',
      '設定後は問題なく動きますが、初期設定が分かりにくかったです。',
    ],
    negative: [
      'アプリから何度もログアウトされ、問い合わせにも返信がありません。',
      '機能の割に高すぎますし、エクスポートが動きません。',
      'とても残念です。前回のアップデートで毎日使っていた機能がなくなりました。',
    ],
  },
  job: [
    '{position}のポジションに応募いたします。履歴書を添付しましたので、ご確認ください。',
    '御社の{position}として働きたいと考え、応募いたしました。1か月以内に入社可能です。',
  ],
  demo: [
    '{company}は従業員{size}名の会社で、現在のスプレッドシート管理に代わるツールを探しています。レポート機能をご紹介いただけますか。',
    '{company}では来期に向けて複数のサービスを比較検討しています。連携機能と権限管理について詳しく伺いたいです。',
  ],
  accessibility: [
    '車椅子を利用しています。会場はバリアフリーでしょうか。',
    '耳が聞こえにくいため、できれば前方の席を希望します。',
  ],
  support: {
    subjects: {
      login: 'ログインできません',
      billing: '今月の料金が二重に請求されています',
      api: 'APIが500エラーを返します',
      dashboard: 'ダッシュボードが表示されません',
      notifications: 'メール通知が届かなくなりました',
      'data-export': 'CSVエクスポートが空です',
    },
    problems: {
      login: '今朝から、パスワードを再設定しても「認証情報が無効です」と表示されます。',
      billing: '1月分の請求がカードに二重で計上されています。重複分の返金をお願いします。',
      api: '昨日のリリース以降、/orders エンドポイントへのリクエストが HTTP 500 で失敗します。他のエンドポイントは正常です。',
      dashboard: 'ダッシュボードが読み込み中のまま進みません。キャッシュを削除しても改善しませんでした。',
      notifications:
        '1週間ほど前から、新しいコメントのメール通知が届きません。迷惑メールフォルダにもありません。',
      'data-export': 'データをCSVでエクスポートすると、ヘッダー行しか含まれていません。',
    },
    urgency: {
      low: '急ぎではありませんので、お手すきの際にご確認ください。',
      normal: 'ご確認いただけますでしょうか。',
      high: 'チームの一部が作業できない状況ですので、早めにご対応いただけると助かります。',
      urgent: '現在すべてのユーザーが利用できない状態です。至急ご対応をお願いします！',
    },
  },
  files: { cv: '履歴書', coverLetter: '職務経歴書', screenshot: 'スクリーンショット {date} {time}.png' },
  jobSuffix: '',
};
