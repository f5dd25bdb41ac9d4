/**
 * PLACEHOLDER with three sample terms so the glossary pages build; the
 * Korean-content work replaces this file with the course's full glossary.
 */
import type { GlossaryTerm } from './glossaryTypes';

export const glossary: GlossaryTerm[] = [
  {
    id: 'generator',
    ko: '생성자',
    en: 'generator',
    symbol: 'G',
    lesson: 'minimax-game',
    section: 'two-players',
    koDefinition: '잠재 벡터를 받아 진짜 데이터처럼 보이는 샘플을 만드는 신경망입니다.',
    enDefinition: 'The network that turns a latent vector into a sample meant to pass for real data.',
  },
  {
    id: 'discriminator',
    ko: '판별자',
    en: 'discriminator',
    symbol: 'D',
    lesson: 'minimax-game',
    section: 'two-players',
    koDefinition: '샘플이 진짜 데이터일 확률을 내놓는 분류기입니다. 학습 노트와 TensorFlow 한국어 튜토리얼에서는 감별자라고도 합니다.',
    enDefinition: 'The classifier that outputs the probability that a sample is real data rather than generated.',
  },
  {
    id: 'value-function',
    ko: '가치 함수',
    en: 'value function',
    symbol: 'V(D, G)',
    lesson: 'minimax-game',
    section: 'the-value-function',
    koDefinition: '판별자는 최대화하고 생성자는 최소화하는, 게임 전체를 하나로 요약한 값입니다.',
    enDefinition: 'The one number that sums up the game: the discriminator maximises it, the generator minimises it.',
  },
];
