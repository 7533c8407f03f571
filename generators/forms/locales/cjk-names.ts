import type { LocaleId } from '../../core/faker.ts';
import type { Pair } from '../phrases/book.ts';

/**
 * Japanese and Korean names with their romanisations (Faker's ja/ko names have none, and an email address needs
 * one). Family names first, as those languages write them.
 */
export const cjkNames: Readonly<Partial<Record<LocaleId, { last: Pair[]; female: Pair[]; male: Pair[] }>>> = {
  ja: {
    last: [
      ['佐藤', 'sato'],
      ['鈴木', 'suzuki'],
      ['高橋', 'takahashi'],
      ['田中', 'tanaka'],
      ['伊藤', 'ito'],
      ['渡辺', 'watanabe'],
      ['山本', 'yamamoto'],
      ['中村', 'nakamura'],
      ['小林', 'kobayashi'],
      ['加藤', 'kato'],
      ['吉田', 'yoshida'],
      ['山田', 'yamada'],
      ['佐々木', 'sasaki'],
      ['山口', 'yamaguchi'],
      ['松本', 'matsumoto'],
      ['井上', 'inoue'],
      ['木村', 'kimura'],
      ['林', 'hayashi'],
      ['斎藤', 'saito'],
      ['清水', 'shimizu'],
    ],
    female: [
      ['陽菜', 'hina'],
      ['美咲', 'misaki'],
      ['さくら', 'sakura'],
      ['結衣', 'yui'],
      ['葵', 'aoi'],
      ['真由美', 'mayumi'],
      ['愛', 'ai'],
      ['彩花', 'ayaka'],
      ['由美', 'yumi'],
      ['奈々', 'nana'],
    ],
    male: [
      ['翔太', 'shota'],
      ['大輔', 'daisuke'],
      ['健太', 'kenta'],
      ['拓也', 'takuya'],
      ['蓮', 'ren'],
      ['悠真', 'yuma'],
      ['直樹', 'naoki'],
      ['陽斗', 'haruto'],
      ['和也', 'kazuya'],
      ['誠', 'makoto'],
    ],
  },
  ko: {
    last: [
      ['김', 'kim'],
      ['이', 'lee'],
      ['박', 'park'],
      ['최', 'choi'],
      ['정', 'jung'],
      ['강', 'kang'],
      ['조', 'cho'],
      ['윤', 'yoon'],
      ['장', 'jang'],
      ['임', 'lim'],
      ['한', 'han'],
      ['오', 'oh'],
      ['서', 'seo'],
      ['신', 'shin'],
      ['권', 'kwon'],
    ],
    female: [
      ['서연', 'seoyeon'],
      ['지우', 'jiwoo'],
      ['하은', 'haeun'],
      ['민서', 'minseo'],
      ['수아', 'sua'],
      ['지민', 'jimin'],
      ['유진', 'yujin'],
      ['예은', 'yeeun'],
      ['소연', 'soyeon'],
      ['다은', 'daeun'],
    ],
    male: [
      ['민준', 'minjun'],
      ['서준', 'seojun'],
      ['도윤', 'doyun'],
      ['예준', 'yejun'],
      ['시우', 'siwoo'],
      ['지호', 'jiho'],
      ['현우', 'hyunwoo'],
      ['준서', 'junseo'],
      ['성민', 'sungmin'],
      ['재현', 'jaehyun'],
    ],
  },
};

/**
 * The romanisation of a Japanese or Korean name part (`'佐藤'` gives `'sato'`), or undefined.
 *
 * @example
 * ```ts
 * romanize('김'); // 'kim'
 * ```
 */
export function romanize(text: string): string | undefined {
  return romanizations.get(text);
}
const romanizations = new Map(
  Object.values(cjkNames).flatMap((names) => [...names.last, ...names.female, ...names.male]),
);
