/**
 * What the course does not teach: the topics of the study notes' afternoon
 * session that are not about GANs, each with where to read about it. Shown
 * on the home page in every language; references stay as published.
 */
import type { Lang } from './langs';

export interface ScopeTopic {
  id: string;
  name: Record<Lang, string>;
  /** One or two sentences: what it is and why it is not here. */
  note: Record<Lang, string>;
  papers: { authors: string; year: number; title: string; arxiv: string }[];
}

export const SCOPE_HEADING: Record<Lang, string> = {
  en: 'What this course leaves out',
  ko: '이 코스에서 다루지 않는 것',
};

export const SCOPE_INTRO: Record<Lang, string> = {
  en: 'The study notes this course follows spend an afternoon on four more topics. They are not about GANs, so the lessons leave them out; here is where to start reading.',
  ko: '이 코스가 따라가는 학습 노트는 오후 세션에서 네 가지 주제를 더 다룹니다. GAN과는 다른 주제라 강의에서는 빼고, 읽기 시작할 곳만 적어 둡니다.',
};

export const SCOPE_TOPICS: readonly ScopeTopic[] = [
  {
    id: 'transfer-learning',
    name: { en: 'Transfer learning', ko: '전이 학습(transfer learning)' },
    note: {
      en: 'Reusing a network trained on one data set as the start for another. Yosinski et al. measured how general each layer of a trained network is, and so how much of it carries over.',
      ko: '한 데이터로 학습한 네트워크를 다른 문제의 출발점으로 다시 쓰는 방법입니다. Yosinski 등은 학습된 네트워크의 층마다 얼마나 일반적인 특성을 배우는지, 그래서 어디까지 옮겨 쓸 수 있는지를 측정했습니다.',
    },
    papers: [{ authors: 'Yosinski, Clune, Bengio, Lipson', year: 2014, title: 'How transferable are features in deep neural networks?', arxiv: '1411.1792' }],
  },
  {
    id: 'segmentation-detection',
    name: { en: 'Segmentation and object detection', ko: '분할과 객체 탐지' },
    note: {
      en: 'Classifying every pixel (semantic segmentation, e.g. with U-Net), every object’s pixels (instance segmentation, e.g. Mask R-CNN), or drawing a box around each object (detection, e.g. R-CNN).',
      ko: '픽셀마다 클래스를 정하거나(시맨틱 분할, 예: U-Net), 객체마다 그 픽셀을 가려내거나(인스턴스 분할, 예: Mask R-CNN), 객체마다 상자를 그리는(객체 탐지, 예: R-CNN) 과제입니다.',
    },
    papers: [
      { authors: 'Ronneberger, Fischer, Brox', year: 2015, title: 'U-Net: Convolutional Networks for Biomedical Image Segmentation', arxiv: '1505.04597' },
      { authors: 'He, Gkioxari, Dollár, Girshick', year: 2017, title: 'Mask R-CNN', arxiv: '1703.06870' },
      { authors: 'Girshick, Donahue, Darrell, Malik', year: 2014, title: 'Rich feature hierarchies for accurate object detection and semantic segmentation', arxiv: '1311.2524' },
    ],
  },
  {
    id: 'augmentation',
    name: { en: 'Data augmentation', ko: '데이터 증강(augmentation)' },
    note: {
      en: 'More training data from the data you have (flips, crops, colour changes), applied to the training set only, against overfitting. AutoAugment searches for the best mix of such changes.',
      ko: '가진 데이터를 뒤집고 자르고 색을 바꿔 학습 데이터를 늘리는 방법으로, 과적합을 막기 위해 학습 데이터에만 적용합니다. AutoAugment는 어떤 변형을 얼마나 섞을지를 탐색으로 찾습니다.',
    },
    papers: [{ authors: 'Cubuk, Zoph, Mané, Vasudevan, Le', year: 2019, title: 'AutoAugment: Learning Augmentation Strategies from Data', arxiv: '1805.09501' }],
  },
  {
    id: 'deep-or-classical',
    name: { en: 'Deep learning or classical machine learning?', ko: '딥러닝인가, 머신러닝인가?' },
    note: {
      en: 'The notes ask whether a problem needs deep learning at all. On tables of features, gradient-boosted trees still often win, as Grinsztajn et al. measured on 45 data sets.',
      ko: '학습 노트는 꼭 딥러닝이어야 하는지부터 묻습니다. 특성이 표로 주어진 데이터에서는 지금도 그래디언트 부스팅 트리가 자주 이긴다는 것을 Grinsztajn 등이 데이터셋 45개로 측정했습니다.',
    },
    papers: [{ authors: 'Grinsztajn, Oyallon, Varoquaux', year: 2022, title: 'Why do tree-based models still outperform deep learning on tabular data?', arxiv: '2207.08815' }],
  },
];
