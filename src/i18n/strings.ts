/**
 * The site shell's own words (banner, footer, navigation, home page, lesson
 * header, glossary page, language switch) in every language. `SiteStrings`
 * is English's shape: a Korean catalogue that lacks a string, or has one
 * English does not, fails `npm run typecheck`. Lesson prose lives in the
 * lessons; cell controls in src/i18n/<lang>/cells.ts.
 */
import type { Lang } from './langs';

const en = {
  courseName: 'GANs in your browser',
  tagline:
    'A hands-on course on generative adversarial networks. Every cell trains a real model in your own browser: no GPU, no install, no server.',
  skipToContent: 'Skip to content',
  footerPrivacy: 'Every model here is trained by your own browser; nothing you do is sent anywhere.',
  speedLink: 'How fast is this computer?',
  glossaryLink: 'Glossary',
  languageNavLabel: 'Language',
  languageHint: 'This course is also written in English.',
  languageHintLink: 'Read the English edition',
  languageHintClose: 'Close',
  /** Each language's name in this language: the switch's tooltip, e.g. "한국어 (Korean)". */
  languageNames: { en: 'English', ko: 'Korean' } as Record<Lang, string>,

  homePitch:
    'Generative adversarial networks pit two neural networks against each other: one invents data, the other tries to catch it. This course explains how that game works, from the maths of the minimax objective to convolutional GANs that draw digits.',
  homeRunBefore: 'Every cell in every lesson trains a ',
  homeRunStrong: 'real model in your own browser',
  homeRunAfter:
    '. Press Run and watch it learn; change a learning rate or a loss and see what breaks. There is no GPU to rent, nothing to install, and no server doing the work: your machine does the training, and nothing you do leaves it.',
  homeLessonsHeading: 'Lessons',
  homeGlossary: 'Every term the lessons use, with its symbol and the section that explains it: the glossary.',

  menu: 'Menu',
  navLessons: 'Lessons',
  navOnThisPage: 'On this page',
  lessonNumber: (order: number) => `Lesson ${order}`,
  minutesToReadAndRun: (minutes: number) => `About ${minutes} minutes to read and run`,
  minutesShort: (minutes: number) => `About ${minutes} minutes`,
  lessonGlossary: 'Terms and symbols: glossary',
  references: 'References',
  pagerLabel: 'Previous and next lessons',
  previous: '← Previous',
  next: 'Next →',

  speedTitle: 'How fast is this computer?',
  speedDescription:
    "Train the course's reference DCGAN for a minute and see how many steps per second this computer manages.",

  glossaryTitle: 'Glossary',
  glossaryDescription: 'The terms of the course in English and Korean, with the symbols the formulas use and the lesson section that explains each.',
  glossaryIntro:
    'Each term as the English lessons use it, the Korean term of the Korean edition, the symbol in the formulas, and a link to the section that explains it.',
  glossaryTerm: 'Term',
  glossaryOtherLanguage: 'Korean',
  glossarySymbol: 'Symbol',
  glossaryMeaning: 'Meaning',
  glossaryExplained: 'Explained in',

  notebookLink: 'Download this lesson as a notebook (Keras)',
  notebookLinkNote: 'Every cell of the lesson in Keras (TensorFlow 2), with the lesson’s settings, for Jupyter or Colab.',
  notebookIntro: (title: string, summary: string, url: string | null) =>
    `# ${title}\n\n${summary}\n\nThis notebook holds the Keras (TensorFlow 2) version of every cell of the lesson ${url ? `[${title}](${url})` : `“${title}”`}, in order, with the lesson's settings. Each code cell runs on its own in Jupyter or Colab (\`pip install tensorflow matplotlib\`). The cells in the lesson train the same models in your browser with TensorFlow.js.`,
  notebookCell: (title: string, section: string | null) =>
    `## ${title}\n\n${section ? `From the section “${section}”. ` : ''}The same layers, losses, optimiser and training step as the cell, written with Keras. Change the settings at the top and run it again.`,
  notebookCellWithoutKeras: (title: string) => `## ${title}\n\nThis cell trains no model, so it has no Keras version; open the lesson to run it in the browser.`,

  onlyOtherEditions: 'This build of the course has no English edition. Continue to:',

  // Predictions, live tasks and progress (components/learn). Templates with {name} are filled in the browser.
  predictLabel: 'Predict first',
  predictEstimate: 'Your estimate',
  predictCommit: 'Commit',
  predictChooseFirst: 'Choose an answer first, then commit.',
  predictMoveFirst: 'Move the slider to your estimate first, then commit.',
  predictReveal: 'Answer and why',
  predictAnswer: 'Answer',
  predictAbout: (value: string) => `about ${value}`,
  predictMatched: 'You predicted “{answer}”. That is what happens; the reason is below.',
  predictMissed: 'You predicted “{answer}”. The run says otherwise; the reason is below.',
  predictBefore: 'You committed to a prediction here before.',
  taskLabel: 'Live task',
  taskGoal: (metric: string, bound: string, steps: number) =>
    steps > 0 ? `Goal: ${metric} ${bound} for ${steps} steps in a row` : `Goal: ${metric} ${bound}`,
  taskBelow: (value: number) => `below ${value}`,
  taskAbove: (value: number) => `above ${value}`,
  taskBetween: (low: number, high: number) => `between ${low} and ${high}`,
  taskWith: (settings: string) => `, with ${settings}`,
  taskWaiting: 'Checked live while the cell trains. Run it to start.',
  taskProgress: '{metric} is {value} at step {step}; held for {held} of {need} steps.',
  taskNotYet: '{metric} is {value} at step {step}.',
  taskWrongSettings: 'Not counted yet: set {settings} as the goal says.',
  taskDone: 'Done at step {step}.',
  taskDoneBefore: 'Done on an earlier visit.',
  taskHint: 'Hint',
  progressLine: '{p} of {P} predictions · {t} of {T} tasks · {e} of {E} exercises',
  progressTotals: (p: number, t: number, e: number) => `${p} predictions · ${t} tasks · ${e} exercises`,
  progressShort: '{done} of {total} done',
  progressNote: 'Your predictions, tasks and opened solutions are kept in this browser only.',
  progressClear: 'Clear my progress',
  progressClearConfirm: 'Clear the record of your predictions, tasks and exercises in this browser? This cannot be undone.',
  progressCleared: 'Progress cleared.',
} satisfies Record<string, string | Record<Lang, string> | ((...args: never[]) => string)>;

export type SiteStrings = typeof en;

const ko: SiteStrings = {
  courseName: '브라우저에서 배우는 GAN',
  tagline:
    '생성적 적대 신경망(GAN)을 직접 돌려 보며 배우는 강좌입니다. 모든 셀이 여러분의 브라우저에서 실제 모델을 학습시킵니다. GPU도, 설치도, 서버도 필요 없습니다.',
  skipToContent: '본문으로 건너뛰기',
  footerPrivacy: '이 강좌의 모든 모델은 여러분의 브라우저가 직접 학습시킵니다. 여기서 하는 일은 어디로도 전송되지 않습니다.',
  speedLink: '이 컴퓨터는 얼마나 빠를까요?',
  glossaryLink: '용어집',
  languageNavLabel: '언어',
  languageHint: '이 강좌는 한국어판도 있습니다.',
  languageHintLink: '한국어판으로 보기',
  languageHintClose: '닫기',
  languageNames: { en: '영어', ko: '한국어' },

  homePitch:
    '생성적 적대 신경망(GAN, generative adversarial network)은 두 신경망을 맞붙입니다. 한쪽은 데이터를 지어내고, 다른 쪽은 가짜를 잡아내려 합니다. 이 강좌는 미니맥스 목적 함수의 수학부터 숫자를 그려 내는 합성곱 GAN까지, 이 게임이 어떻게 돌아가는지 설명합니다.',
  homeRunBefore: '모든 강의의 모든 셀은 ',
  homeRunStrong: '여러분의 브라우저에서 실제 모델을 학습',
  homeRunAfter:
    '시킵니다. 실행을 누르고 모델이 배우는 모습을 지켜보세요. 학습률이나 손실 함수를 바꾸면 무엇이 무너지는지도 직접 확인할 수 있습니다. 빌릴 GPU도, 설치할 프로그램도, 대신 계산해 주는 서버도 없습니다. 학습은 여러분의 컴퓨터가 하고, 여기서 하는 일은 컴퓨터 밖으로 나가지 않습니다.',
  homeLessonsHeading: '강의 목록',
  homeGlossary: '강의에 나오는 용어를 기호, 설명하는 절과 함께 모아 둔 용어집도 있습니다.',

  menu: '메뉴',
  navLessons: '강의',
  navOnThisPage: '이 페이지의 내용',
  lessonNumber: (order: number) => `${order}강`,
  minutesToReadAndRun: (minutes: number) => `읽고 실행하는 데 약 ${minutes}분`,
  minutesShort: (minutes: number) => `약 ${minutes}분`,
  lessonGlossary: '용어와 기호: 용어집',
  references: '참고 문헌',
  pagerLabel: '이전 강의와 다음 강의',
  previous: '← 이전 강의',
  next: '다음 강의 →',

  speedTitle: '이 컴퓨터는 얼마나 빠를까요?',
  speedDescription: '강좌의 기준 DCGAN을 1분 동안 학습시켜, 이 컴퓨터가 초당 몇 스텝을 처리하는지 재어 봅니다.',

  glossaryTitle: '용어집',
  glossaryDescription: '강좌에 나오는 용어를 한국어와 영어로, 수식의 기호와 그 용어를 설명하는 강의의 절과 함께 정리했습니다.',
  glossaryIntro:
    '한국어판 강의에서 쓰는 용어와 영어 원어, 수식에 쓰이는 기호를 함께 적었습니다. 각 용어의 링크를 누르면 그 용어를 설명하는 절로 이동합니다.',
  glossaryTerm: '용어',
  glossaryOtherLanguage: '영어',
  glossarySymbol: '기호',
  glossaryMeaning: '뜻',
  glossaryExplained: '설명하는 곳',

  notebookLink: '이 강의를 노트북으로 내려받기 (Keras)',
  notebookLinkNote: '강의의 모든 셀을 강의 설정 그대로 Keras(TensorFlow 2)로 옮겼습니다. Jupyter나 Colab에서 열어 보세요.',
  notebookIntro: (title: string, summary: string, url: string | null) =>
    `# ${title}\n\n${summary}\n\n이 노트북에는 강의 ${url ? `[${title}](${url})` : `「${title}」`}의 셀을 순서대로 Keras(TensorFlow 2)로 옮긴 코드가 들어 있습니다. 설정값은 강의와 같습니다. 코드 셀은 하나씩 따로 Jupyter나 Colab에서 실행됩니다(\`pip install tensorflow matplotlib\`). 강의의 셀은 같은 모델을 TensorFlow.js로 브라우저에서 학습시킵니다.`,
  notebookCell: (title: string, section: string | null) =>
    `## ${title}\n\n${section ? `「${section}」 절의 셀입니다. ` : ''}셀과 같은 층, 손실 함수, 옵티마이저, 학습 스텝을 Keras로 작성했습니다. 맨 위의 설정값을 바꾸고 다시 실행해 보세요.`,
  notebookCellWithoutKeras: (title: string) => `## ${title}\n\n이 셀은 모델을 학습시키지 않으므로 Keras 버전이 없습니다. 강의 페이지에서 브라우저로 실행해 보세요.`,

  onlyOtherEditions: '이 빌드에는 영어판이 없습니다. 다음 판으로 이동하세요:',

  predictLabel: '먼저 예측해 보세요',
  predictEstimate: '예상 값',
  predictCommit: '예측 확정',
  predictChooseFirst: '답을 먼저 고른 다음 확정하세요.',
  predictMoveFirst: '슬라이더를 예상 값으로 옮긴 다음 확정하세요.',
  predictReveal: '정답과 이유',
  predictAnswer: '정답',
  predictAbout: (value: string) => `약 ${value}`,
  predictMatched: '“{answer}”(으)로 예측했습니다. 실제로도 그렇게 됩니다. 이유는 아래에 있습니다.',
  predictMissed: '“{answer}”(으)로 예측했습니다. 실제 결과는 다릅니다. 이유는 아래에 있습니다.',
  predictBefore: '이전에 이 질문에 예측을 확정했습니다.',
  taskLabel: '실습 과제',
  taskGoal: (metric: string, bound: string, steps: number) =>
    steps > 0 ? `목표: ${metric} 값이 ${bound}인 상태를 ${steps}스텝 연속 유지` : `목표: ${metric} 값 ${bound} 달성`,
  taskBelow: (value: number) => `${value} 미만`,
  taskAbove: (value: number) => `${value} 초과`,
  taskBetween: (low: number, high: number) => `${low} 초과 ${high} 미만`,
  taskWith: (settings: string) => ` (조건: ${settings})`,
  taskWaiting: '셀이 학습하는 동안 실시간으로 확인합니다. 셀을 실행해 시작하세요.',
  taskProgress: '스텝 {step}에서 {metric} = {value}, 목표 상태 {held}/{need} 스텝 유지 중입니다.',
  taskNotYet: '스텝 {step}에서 {metric} = {value}입니다.',
  taskWrongSettings: '아직 세지 않습니다. 목표에 적힌 대로 {settings}(으)로 설정하세요.',
  taskDone: '스텝 {step}에서 달성했습니다.',
  taskDoneBefore: '이전에 달성한 과제입니다.',
  taskHint: '힌트',
  progressLine: '예측 {p}/{P} · 과제 {t}/{T} · 연습 문제 {e}/{E}',
  progressTotals: (p: number, t: number, e: number) => `예측 ${p}개 · 과제 ${t}개 · 연습 문제 ${e}개`,
  progressShort: '{total}개 중 {done}개 완료',
  progressNote: '예측, 과제, 열어 본 풀이 기록은 이 브라우저에만 저장됩니다.',
  progressClear: '진행 기록 지우기',
  progressClearConfirm: '이 브라우저에 저장된 예측, 과제, 연습 문제 기록을 지울까요? 되돌릴 수 없습니다.',
  progressCleared: '진행 기록을 지웠습니다.',
};

/** Every language's catalogue; a language in LANGS without one is a type error. */
export const STRINGS: Record<Lang, SiteStrings> = { en, ko };

export function strings(lang: Lang): SiteStrings {
  return STRINGS[lang];
}
