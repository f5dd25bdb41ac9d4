/**
 * Korean interface strings of every cell kind: each param's label, help and
 * select-option labels, each metric's label and help, each preset's label.
 * Keys are the param keys, metric keys and preset ids of src/cells/*.ts
 * exactly (they are the URL and test contract). Text only; the integration
 * step decides how the cell picks these up.
 */

export interface KoParamStrings {
  label: string;
  help: string;
  options?: Record<string, string>;
}

export interface KoCellStrings {
  params?: Record<string, KoParamStrings>;
  metrics?: Record<string, { label: string; help?: string }>;
  presets?: Record<string, string>;
}

/** SEED_SPEC in src/cells/params.ts: every cell has it. */
export const koSeed = {
  label: '시드',
  help: '데이터, 초기 가중치, 노이즈를 정하는 난수 시드입니다. 시드와 설정이 같으면 같은 실행이 재현됩니다.',
};

// ---- Shared pieces (the English is shared the same way) ----

/** ganOptimizerParams in src/cells/galleryParams.ts (lsgan, sgan, acgan, adain). */
const galleryOptimizerParams: Record<string, KoParamStrings> = {
  lrG: { label: '생성자 학습률', help: '생성자의 Adam 스텝 크기입니다.' },
  lrD: { label: '판별자 학습률', help: '판별자의 Adam 스텝 크기입니다(준지도 셀에서는 분류기들의 스텝 크기이기도 합니다).' },
  beta1: { label: 'Adam β1', help: 'Adam의 모멘텀입니다. DCGAN 논문은 0.5를 씁니다.' },
  batchSize: { label: '배치 크기', help: '업데이트마다 쓰는 실제 이미지와 생성 이미지의 수입니다.' },
};

const generatorLossOptions = {
  minimax: '미니맥스: log(1 − D(G(z)))',
  'non-saturating': '비포화: −log D(G(z))',
};

const optimizerParam: KoParamStrings = {
  label: '옵티마이저',
  help: '일반 경사 하강법(SGD)은 기울기를 그대로 따라갑니다. Adam은 가중치마다 보폭을 조절하며, 옵티마이저를 바꾸면 Adam은 처음 상태에서 다시 시작합니다.',
  options: { sgd: 'SGD', adam: 'Adam (β1 = 0.5)' },
};

const toyLearningRates: Record<string, KoParamStrings> = {
  lrG: { label: '생성자 학습률', help: '생성자가 업데이트마다 내딛는 보폭입니다. 너무 크면 목표를 지나치고, 너무 작으면 느릿느릿 움직입니다.' },
  lrD: { label: '판별자 학습률', help: '판별자가 업데이트마다 내딛는 보폭입니다. 빠른 판별자는 금세 확신하게 됩니다.' },
};

const hiddenParam: KoParamStrings = {
  label: '은닉 유닛',
  help: '두 신경망의 두 은닉층 너비입니다. 바꾸면 신경망을 새로 만들므로 초기화가 필요합니다.',
};

/** src/cells/watchParams.ts: the pace, the generator's gradient and warp, the update counters. */
const speedParam: KoParamStrings = {
  label: '속도',
  help: '1초에 몇 번의 학습 스텝을 밟을지 정합니다. 느리게 하면 스텝마다 그림이 어떻게 바뀌는지 눈으로 따라갈 수 있고, 가장 빠른 설정은 이 컴퓨터가 낼 수 있는 최대 속도로 학습합니다.',
  options: {
    '1': '초당 1스텝',
    '3': '초당 3스텝',
    '10': '초당 10스텝',
    '30': '초당 30스텝',
    '100': '초당 100스텝',
    '300': '초당 300스텝',
    max: '최대한 빠르게',
  },
};

const showGradientsParam: KoParamStrings = {
  label: '생성자의 기울기 보기',
  help: '가짜 점마다 화살표를 그립니다. 생성자의 손실이 D를 거쳐 그 점을 어느 쪽으로, 얼마나 세게 미는지(−∂L_G/∂x)를 보여 줍니다. 미니맥스 손실에서는 D가 확신하는 곳에서 화살표가 사라집니다.',
};

const showWarpParam: KoParamStrings = {
  label: '생성자의 변형 보기',
  help: '노이즈 값의 반듯한 격자를 생성자가 어디로 보내는지 그립니다. 그물이 늘어나고 접히는 모습에서 생성자가 노이즈를 데이터의 모양으로 바꾸는 방식이 보입니다.',
};

const slowMotionMetrics: Record<string, { label: string; help?: string }> = {
  dSteps: { label: 'D 업데이트', help: '지금까지 판별자를 업데이트한 횟수입니다. D 스텝 버튼은 1을, 스텝 버튼은 k(G 스텝당 D 스텝)를 더합니다.' },
  gSteps: { label: 'G 업데이트', help: '지금까지 생성자를 업데이트한 횟수입니다. G 스텝 버튼과 스텝 버튼이 각각 1을 더합니다.' },
};

/** gan1dParams in src/cells/gan1d.ts (gan1d and saturation). */
const gan1dParams: Record<string, KoParamStrings> = {
  generatorLoss: {
    label: '생성자 손실',
    help: '미니맥스는 게임 그대로 log(1 − D(G(z)))를 최소화합니다. 비포화 손실은 log D(G(z))를 최대화해서, D가 가짜를 쉽게 알아볼 때도 생성자를 강하게 밀어 줍니다.',
    options: generatorLossOptions,
  },
  ...toyLearningRates,
  dSteps: {
    label: 'G 스텝당 D 스텝',
    help: '생성자를 한 번 업데이트하기 전에 판별자를 몇 번 학습시킬지 정합니다(논문 알고리즘의 k). 많을수록 D가 강해집니다.',
  },
  optimizer: optimizerParam,
  targetShape: {
    label: '실제 데이터',
    help: '생성자가 흉내 내야 할 분포입니다. 가우시안 하나, 또는 평균이 같고 서로 떨어진 봉우리 두 개입니다.',
    options: { gaussian: '가우시안', 'two-bumps': '봉우리 두 개' },
  },
  targetMean: { label: '실제 평균 μ', help: '실제 데이터가 수직선 위 어디에 있는지 정합니다. 학습 중에 옮기면 생성자가 따라가는 모습을 볼 수 있습니다.' },
  targetStd: { label: '실제 퍼짐 σ', help: '실제 데이터의 폭입니다. 봉우리 두 개일 때는 두 봉우리 사이의 거리도 정합니다.' },
  batchSize: { label: '배치 크기', help: '업데이트마다 쓰는 실제 샘플과 생성 샘플의 수입니다. 배치가 크면 스텝은 안정되지만 느려집니다.' },
  hidden: hiddenParam,
};

/** GAN1D_METRICS in src/cells/gan1d.ts (gan1d and saturation). */
const gan1dMetrics: Record<string, { label: string; help?: string }> = {
  dLoss: { label: 'D 손실', help: '판별자의 교차 엔트로피로, −V(D, G)와 같습니다.' },
  gLoss: { label: 'G 손실', help: '선택한 목적 함수에서의 생성자 손실입니다.' },
  eLogD: { label: 'E[log D(x)]', help: 'D가 실제 데이터를 얼마나 확신 있게 진짜라고 하는지 나타냅니다. 0이면 확실합니다.' },
  eLog1mDG: { label: 'E[log(1 − D(G(z)))]', help: 'D가 가짜를 얼마나 확신 있게 가짜라고 하는지 나타냅니다. 0이면 확실합니다.' },
  V: { label: 'V(D, G)', help: '두 항의 합인 게임의 값입니다. 균형점에서 −log 4 ≈ −1.386입니다.' },
  js: { label: 'JS 발산 (nats)', help: '실제 밀도와 생성 밀도 사이의 젠슨-섀넌 발산(nats 단위)입니다. 두 밀도가 같으면 0이고, 최대 ln 2 ≈ 0.693입니다.' },
  dOfG: { label: '평균 D(G(z))', help: 'D가 가짜를 평균적으로 어떻게 보는지 나타냅니다. 균형점에서 0.5입니다.' },
  genMean: { label: '생성 샘플 평균' },
  genStd: { label: '생성 샘플 표준편차' },
  ...slowMotionMetrics,
};

/** imageGanParams in src/cells/dcgan.ts (dcgan and referenceDcgan); `latentHelp` differs between them. */
function imageGanParams(latentHelp: string): Record<string, KoParamStrings> {
  return {
    lrG: { label: '생성자 학습률', help: '생성자의 Adam 스텝 크기입니다. 너무 작으면 판별자를 따라잡지 못합니다.' },
    lrD: { label: '판별자 학습률', help: '판별자의 Adam 스텝 크기입니다. 생성자의 것보다 훨씬 크면 D가 너무 일찍 이깁니다.' },
    dSteps: {
      label: 'G 스텝당 D 스텝',
      help: '생성자를 한 번 업데이트할 때마다 판별자를 몇 번(매번 새 배치로) 업데이트할지 정합니다. 많을수록 D가 강해집니다.',
    },
    beta1: {
      label: 'Adam β1',
      help: 'Adam이 지난 그래디언트를 모멘텀으로 얼마나 간직할지 정합니다. DCGAN 논문은 진동을 막으려고 0.9에서 0.5로 낮췄습니다.',
    },
    batchSize: { label: '배치 크기', help: '업데이트마다 쓰는 실제 이미지와 생성 이미지의 수입니다. 배치가 크면 스텝은 안정되지만 느려집니다.' },
    labelSmoothing: {
      label: '레이블 스무딩 (진짜 = 0.9)',
      help: '진짜 숫자의 목표를 1 대신 0.9로 두어 D가 지나치게 확신하지 못하게 합니다. 가짜의 목표는 그대로 0입니다.',
    },
    freezeG: { label: '생성자 고정', help: '생성자 업데이트를 멈춥니다. D가 계속 배우는 동안 생성자의 가중치는 그대로입니다.' },
    freezeD: { label: '판별자 고정', help: '판별자 업데이트를 멈춥니다. G는 더 이상 변하지 않는 판별자를 상대로 계속 배웁니다.' },
    gStepsPerD: {
      label: 'D 스텝당 G 스텝',
      help: '판별자를 한 차례 업데이트한 뒤 생성자를 몇 번(매번 새 노이즈로) 업데이트할지 정합니다. 많을수록 G가 강한 D를 따라잡기 쉽습니다.',
    },
    averageG: {
      label: '평균 G로 그리기',
      help: '격자와 숫자 점수, 확신도, 히스토그램을 생성자 가중치의 이동 평균(감쇠율 0.99, 대략 최근 100스텝이며 학습 초반에는 더 짧음)으로 그리고 매깁니다. 두 네트워크가 주고받는 사이 가중치가 흔들리는 것을 고르게 펴 줄 뿐, 켜든 끄든 학습은 똑같습니다. 끄면 마지막 스텝 직후의 생성자를 그대로 보여 주고, 다시 켜면 평균을 그 자리에서 새로 시작합니다.',
    },
    freezeDUntil: {
      label: '판별자 고정 해제 스텝',
      help: '이 스텝 전까지는 D를 업데이트하지 않습니다(0이면 꺼짐). 초기화 전에 정하면 처음 몇 스텝 동안 G만 학습하고, 학습 중에 현재 스텝보다 크게 정하면 D가 그때까지 쉬었다가 저절로 다시 학습합니다.',
    },
    latentSize: { label: '잠재 크기', help: latentHelp },
    outputRange: {
      label: '픽셀 범위',
      help: 'tanh 출력에 데이터를 (−1, 1)로 맞추거나, sigmoid 출력에 데이터를 (0, 1)로 둡니다. 초기화가 필요합니다.',
      options: { tanh: 'tanh, 픽셀 (−1, 1)', sigmoid: 'sigmoid, 픽셀 (0, 1)' },
    },
    batchNorm: {
      label: '생성자 배치 정규화',
      help: 'DCGAN 논문처럼 생성자의 각 은닉층을 배치 단위로 정규화합니다. 초기화가 필요합니다.',
    },
  };
}

const LATENT_HELP = '생성자가 출발하는 노이즈 벡터 z의 길이입니다. 신경망의 모양을 바꾸므로 초기화가 필요합니다.';

/** IMAGE_GAN_METRICS in src/cells/dcgan.ts (dcgan and referenceDcgan). */
const imageGanMetrics: Record<string, { label: string; help?: string }> = {
  dLoss: { label: 'D 손실', help: '진짜 배치와 가짜 배치에 대한 판별자의 이진 교차 엔트로피입니다. 둘을 구별하지 못하면 2 ln 2 ≈ 1.386입니다.' },
  gLoss: { label: 'G 손실', help: '1로 채운 목표와 비교한 생성자 손실 −log D(G(z))입니다. D가 ½로 답하면 ln 2 ≈ 0.693입니다.' },
  dReal: { label: '평균 D(x)', help: 'D가 실제 숫자를 평균적으로 어떻게 보는지 나타냅니다(1 = 진짜라고 확신).' },
  dFake: { label: '평균 D(G(z))', help: 'D가 생성된 숫자를 평균적으로 어떻게 보는지 나타냅니다. ½이면 구별하지 못한다는 뜻입니다.' },
  digitScore: { label: '숫자 점수', help: '1(알아볼 수 있는 숫자가 없거나 모두 같은 숫자)부터 10(선명한 숫자, 열 가지가 고르게)까지입니다.' },
  confidence: { label: '확신도', help: '생성된 숫자에 대한 분류기 최고 확률의 평균입니다. 어떤 숫자처럼 보이는 정도를 나타냅니다.' },
};

const customWeight = (where: string): KoParamStrings => ({
  label: `(${where})`,
  help: `사용자 지정 필터의 ${where} 가중치입니다. 필터가 "사용자 지정"일 때 쓰입니다.`,
});

export const koCells: Record<string, KoCellStrings> = {
  // src/cells/cnnBlocks.ts
  cnnBlocks: {
    params: {
      filter: {
        label: '필터',
        help: '숫자 위를 미끄러지며 곱해지는 3x3 가중치입니다. 사용자 지정은 아래의 가중치 아홉 개를 씁니다.',
        options: {
          edge: '가장자리 (윤곽선)',
          sobelX: '세로 획 (Sobel x)',
          sobelY: '가로 획 (Sobel y)',
          blur: '흐리게 (평균)',
          sharpen: '선명하게',
          identity: '항등 (복사)',
          custom: '사용자 지정 (w0~w8)',
        },
      },
      stride: { label: '스트라이드 s', help: '출력 하나를 만들고 다음 출력으로 넘어갈 때 필터가 이동하는 거리입니다.' },
      padding: { label: '패딩 p', help: '필터를 밀기 전에 숫자 둘레에 덧대는 0의 테두리 수입니다.' },
      pool: {
        label: '풀링',
        help: '특징 맵의 창마다 가장 큰 값이나 평균값 하나로 요약합니다.',
        options: { none: '없음', max: '최대', average: '평균' },
      },
      poolSize: { label: '풀링 창', help: '풀링 창의 너비입니다. 창은 자기 너비만큼씩 이동합니다.' },
      upKernel: { label: '업컨볼루션 커널 k', help: '풀링된 맵을 키우는 전치 합성곱의 커널 크기입니다.' },
      upStride: { label: '업컨볼루션 스트라이드 s', help: '커널을 찍는 간격으로, 맵을 키우는 배율입니다.' },
      upPadding: { label: '업컨볼루션 패딩 p', help: '키운 맵의 각 변에서 잘라 내는 행과 열의 수입니다.' },
      digit: { label: '숫자', help: '살펴볼 떼어 둔(held-out) 숫자 이미지의 번호입니다.' },
      // Labels are `w${i} (${where})` in English; the key stays in front.
      w0: { ...customWeight('왼쪽 위'), label: 'w0 (왼쪽 위)' },
      w1: { ...customWeight('위'), label: 'w1 (위)' },
      w2: { ...customWeight('오른쪽 위'), label: 'w2 (오른쪽 위)' },
      w3: { ...customWeight('왼쪽'), label: 'w3 (왼쪽)' },
      w4: { ...customWeight('가운데'), label: 'w4 (가운데)' },
      w5: { ...customWeight('오른쪽'), label: 'w5 (오른쪽)' },
      w6: { ...customWeight('왼쪽 아래'), label: 'w6 (왼쪽 아래)' },
      w7: { ...customWeight('아래'), label: 'w7 (아래)' },
      w8: { ...customWeight('오른쪽 아래'), label: 'w8 (오른쪽 아래)' },
    },
    metrics: {
      outH: { label: '합성곱 출력 높이', help: 'n = 28, k = 3일 때 floor((n + 2p − k)/s) + 1입니다.' },
      outW: { label: '합성곱 출력 너비' },
      poolH: { label: '풀링 후 크기', help: '창 크기가 w일 때 floor((n − w)/w) + 1입니다.' },
      upH: { label: '업컨볼루션 출력 크기', help: '(n − 1)s − 2p + k입니다.' },
      checkerboard: { label: '겹침 불균일도', help: '안쪽 출력 픽셀에 닿는 커널 횟수의 최댓값에서 최솟값을 뺀 값입니다. 0이면 체커보드 무늬가 없습니다.' },
      filterWeights: { label: '합성곱 가중치 수', help: '3x3 필터 하나를 모든 위치에서 공유합니다.' },
      denseWeights: { label: '같은 맵의 밀집층 가중치 수', help: '784개 픽셀을 모든 출력 픽셀에 연결하는 완전 연결층의 가중치 수입니다.' },
    },
    presets: {
      'keep-size': '크기 유지 (s 1, p 1)',
      halve: '절반으로 (s 2)',
      'even-up': '고른 업컨볼루션 (k 4, s 2, p 1)',
      checker: '체커보드 (k 3, s 2)',
    },
  },

  // src/cells/autoencoder.ts
  autoencoder: {
    params: {
      latentSize: { label: '잠재 크기', help: '모든 이미지를 압축해 넣는 코드의 길이입니다. 2로 두면 코드를 평면 위에서 바로 볼 수 있습니다.' },
      learningRate: { label: '학습률', help: '인코더와 디코더의 Adam 스텝 크기입니다.' },
      batchSize: { label: '배치 크기', help: '스텝마다 쓰는 학습용 숫자의 수입니다.' },
      loss: {
        label: '재구성 손실',
        help: '복원한 이미지와 깨끗한 원본 이미지의 차이를 재는 방법입니다.',
        options: { bce: '픽셀 교차 엔트로피', mse: '평균 제곱 오차' },
      },
      noise: {
        label: '입력 노이즈',
        help: '입력 숫자마다 더하는 노이즈의 표준편차입니다(0이면 일반 오토인코더). 목표는 깨끗한 숫자 그대로이므로 잡음 제거 오토인코더가 됩니다.',
      },
      anomalies: {
        label: '숫자가 아닌 이미지',
        help: '이상 탐지기를 시험할, 숫자가 아닌 이미지의 종류입니다.',
        options: { mixed: '세 종류 모두', noise: '무작위 노이즈', shapes: '상자, 고리, 막대', inverted: '반전된 숫자' },
      },
      threshold: {
        label: '이상 판정 임곗값',
        help: '재구성 오차(픽셀당 MSE)가 이 값보다 큰 이미지는 "숫자 아님"으로 표시됩니다.',
      },
    },
    metrics: {
      reconLoss: { label: '재구성 손실 (학습)', help: '마지막 학습 배치의 재구성 손실입니다.' },
      heldOutError: { label: '떼어 둔 숫자 오차', help: '모델이 학습한 적 없는 숫자 160개를 복원할 때의 픽셀당 평균 제곱 오차입니다.' },
      detectionRate: { label: '탐지율', help: '숫자가 아닌 이미지 가운데 오차가 임곗값을 넘는 비율입니다.' },
      falseAlarms: { label: '오탐률', help: '떼어 둔 숫자 가운데 숫자가 아니라고 잘못 표시된 비율입니다.' },
    },
    presets: {
      map2d: '2차원 코드 맵',
      denoise: '잡음 제거',
      plain: '일반 오토인코더',
    },
  },

  // src/cells/aeVsGan.ts
  aeVsGan: {
    params: {
      latentSize: {
        label: '잠재 크기',
        help: '오토인코더 코드와 GAN 노이즈 벡터의 길이입니다(둘이 같습니다). 사전 학습된 두 모델은 16을 씁니다.',
      },
      sampling: {
        label: '오토인코더 잠재 샘플',
        help: '디코더에 넣는 무작위 벡터를 어디서 뽑을지 정합니다. GAN은 학습 때처럼 항상 N(0, 1) 노이즈를 받습니다.',
        options: {
          standard: 'N(0, 1), GAN과 같게',
          fitted: '코드에 맞춘 가우시안',
          diagonal: '가우시안, 수마다 퍼짐만 맞춤',
        },
      },
      aeLearningRate: { label: '오토인코더 학습률', help: '오토인코더의 Adam 스텝 크기입니다.' },
      ganLearningRate: { label: 'GAN 학습률', help: 'GAN의 두 모델(생성자와 판별자)의 Adam 스텝 크기입니다.' },
      batchSize: { label: '배치 크기', help: '스텝마다 쓰는 숫자의 수로, 두 모델이 같습니다.' },
    },
    metrics: {
      aeDigitScore: { label: 'AE 숫자 점수', help: '무작위 잠재 벡터 100개를 디코딩한 이미지의 숫자 점수(1~10)입니다.' },
      aeConfidence: { label: 'AE 확신도', help: '그 이미지들에 대한 분류기 최고 확률의 평균입니다.' },
      ganDigitScore: { label: 'GAN 숫자 점수', help: '생성자 샘플 100개의 숫자 점수(1~10)입니다.' },
      ganConfidence: { label: 'GAN 확신도', help: '그 이미지들에 대한 분류기 최고 확률의 평균입니다.' },
      realDigitScore: { label: '실제 숫자 점수', help: '떼어 둔 실제 숫자 100개에 같은 점수를 매긴 값입니다. 비교할 상한선입니다.' },
      aeLoss: { label: 'AE 손실', help: '마지막 배치의 재구성 손실(픽셀 교차 엔트로피)입니다.' },
      dLoss: { label: 'D 손실' },
      gLoss: { label: 'G 손실' },
    },
  },

  // src/cells/cycle2d.ts
  cycle2d: {
    params: {
      speed: speedParam,
      lambda: {
        label: '순환 가중치 λ',
        help: '두 적대적 손실에 견준 순환 일관성 손실의 가중치입니다. 0이면 순환 손실이 꺼져 서로 독립된 GAN 두 개가 됩니다.',
      },
      identityFraction: {
        label: '항등 가중치 (× λ)',
        help: 'λ에 대한 비율로 나타낸 항등 손실의 가중치입니다. Y의 점을 받은 G는 그 점을 제자리에 두어야 합니다(논문은 그림 데이터에 0.5를 씁니다).',
      },
      lrG: { label: '생성자 학습률', help: '함께 학습하는 G와 F의 Adam 스텝 크기입니다.' },
      lrD: { label: '판별자 학습률', help: 'D_X와 D_Y의 Adam 스텝 크기입니다.' },
      batchSize: {
        label: '배치 크기',
        help: '스텝마다 각 도메인에서 따로 뽑는 점의 수입니다. i번째 x와 i번째 y를 짝지어 주는 것은 없습니다.',
      },
      pair: {
        label: '도메인 X → Y',
        help: 'X(왼쪽)와 Y(오른쪽)를 맡을 점 구름입니다.',
        options: { 'ring-blobs': '고리 → 덩어리 두 개', 'ring-square': '고리 → 정사각형', 'line-ring': '선 → 고리' },
      },
      hidden: { label: '은닉층 너비', help: '네 신경망 모두에서 두 은닉층 각각의 유닛 수입니다.' },
    },
    metrics: {
      cycleError: {
        label: '순환 오차',
        help: '고정된 점들에서 잰 평균 |F(G(x)) − x| + 평균 |G(F(y)) − y|입니다. 한 바퀴 돌아온 점이 출발점에서 얼마나 먼지 나타냅니다.',
      },
      translationGap: {
        label: '변환 간격',
        help: 'G(X)와 Y 사이, F(Y)와 X 사이 챔퍼 거리(Chamfer distance)의 평균입니다. 변환 결과가 상대 도메인 위에 놓이고 그 도메인을 고루 덮으면 작아집니다.',
      },
      advG: { label: 'L_GAN(G, D_Y)', help: 'G의 최소제곱 적대적 손실입니다. D_Y가 모든 G(x)를 가짜라고 하면 1, 진짜라고 하면 0입니다.' },
      advF: { label: 'L_GAN(F, D_X)', help: 'F의 최소제곱 적대적 손실입니다.' },
      dLoss: {
        label: 'D 손실 합',
        help: 'D_X와 D_Y의 최소제곱 손실을 더한 값입니다. 무엇에나 ½로 답하는 판별자는 0.25이므로, 둘을 합하면 0.5입니다.',
      },
    },
    presets: {
      paper: '논문의 λ = 10',
      'no-cycle': '순환 손실 없음 (λ = 0)',
      identity: '항등 손실 추가',
    },
  },

  // src/cells/cycleImages.ts
  cycleImages: {
    params: {
      lambda: {
        label: '순환 가중치 λ',
        help: '순환 일관성 손실의 가중치로, 논문은 10을 씁니다. 항등 손실의 가중치도 λ에 비례하므로 0이면 항등 항까지 꺼져, G(x)를 x에 묶어 두는 것이 하나도 남지 않습니다.',
      },
      identityFraction: {
        label: '항등 가중치 (× λ)',
        help: 'λ에 대한 비율로 나타낸 항등 손실의 가중치입니다. 줄무늬 숫자를 받은 G나 무늬 없는 숫자를 받은 F는 아무것도 바꾸지 않아야 합니다. 논문은 0.5를 씁니다.',
      },
      lrG: { label: '생성자 학습률', help: 'G와 F의 Adam 스텝 크기입니다(논문은 0.0002이고, 여기서는 몇 초 만에 줄무늬가 보이도록 더 높였습니다).' },
      lrD: { label: '판별자 학습률', help: '두 PatchGAN 판별자 D_X와 D_Y의 Adam 스텝 크기입니다.' },
      batchSize: { label: '배치 크기', help: '스텝마다 각 도메인에서 따로 뽑는 숫자의 수입니다(논문은 1).' },
    },
    metrics: {
      cycleError: {
        label: '순환 오차',
        help: '도메인마다 떼어 둔 숫자 32개에서 잰 평균 |F(G(x)) − x| + 평균 |G(F(y)) − y|이며, 픽셀은 [−1, 1] 범위입니다. 0이면 완벽하게 되돌아온 것입니다.',
      },
      gStriped: {
        label: 'G(x) 줄무늬 %',
        help: '떼어 둔 무늬 없는 숫자로 만든 G(x) 가운데, 고정된 줄무늬 검출기(푸리에 계수 하나, 학습 없음)가 줄무늬로 판정한 비율입니다.',
      },
      fPlain: {
        label: 'F(y) 무늬 없음 %',
        help: '떼어 둔 줄무늬 숫자로 만든 F(y) 가운데, 줄무늬 검출기가 무늬 없음으로 판정한 비율입니다.',
      },
      advG: { label: 'L_GAN(G, D_Y)', help: '마지막 배치에서 G의 최소제곱 적대적 손실입니다.' },
      dLoss: { label: 'D 손실 합', help: '마지막 배치에서 D_X와 D_Y의 최소제곱 손실을 더한 값입니다.' },
    },
    presets: {
      'no-cycle': '순환 손실 없음 (λ = 0)',
      'no-identity': '항등 손실 없음',
      'paper-lr': '논문의 학습률',
    },
  },

  // src/cells/gan1d.ts
  gan1d: {
    params: { ...gan1dParams, speed: speedParam, showGradients: showGradientsParam },
    metrics: gan1dMetrics,
    presets: {
      balanced: '균형',
      adam: 'Adam: 빠르지만 흔들림',
      'two-bumps-covered': '봉우리 두 개, 가운데',
      'two-bumps-collapse': '봉우리 두 개: 모드 붕괴',
    },
  },

  // src/cells/saturation.ts (gan1d's params and metrics)
  saturation: {
    params: { ...gan1dParams, speed: speedParam },
    metrics: gan1dMetrics,
    presets: {
      'saturating-strong-d': '포화 손실, 강한 판별자',
      'non-saturating-strong-d': '비포화 손실, 강한 판별자',
      'saturating-adam': '포화 손실, Adam',
      balanced: '균형',
    },
  },

  // src/cells/gan2d.ts
  gan2d: {
    params: {
      target: {
        label: '실제 데이터',
        help: '생성자가 그려야 할 모양입니다. 학습 중에 바꾸면 실제 점들만 옮겨 갑니다.',
        options: { ring: '고리', mixture: '가우시안 8개', line: '선', moons: '초승달 두 개' },
      },
      generatorLoss: {
        label: '생성자 손실',
        help: '미니맥스는 log(1 − D(G(z)))를 최소화합니다. 비포화 손실은 log D(G(z))를 최대화해서, D가 가짜를 쉽게 알아볼 때도 생성자를 강하게 밀어 줍니다.',
        options: generatorLossOptions,
      },
      ...toyLearningRates,
      dSteps: {
        label: 'G 스텝당 D 스텝',
        help: '생성자를 한 번 업데이트하기 전에 판별자를 몇 번 학습시킬지 정합니다. 많을수록 D가 강해집니다.',
      },
      optimizer: optimizerParam,
      batchSize: { label: '배치 크기', help: '업데이트마다 쓰는 실제 점과 생성된 점의 수입니다. 배치가 크면 스텝은 안정되지만 느려집니다.' },
      speed: speedParam,
      showGradients: showGradientsParam,
      showWarp: showWarpParam,
      hidden: hiddenParam,
    },
    metrics: {
      ...slowMotionMetrics,
      dLoss: { label: 'D 손실', help: '판별자의 교차 엔트로피로, −V(D, G)와 같습니다.' },
      gLoss: { label: 'G 손실', help: '선택한 목적 함수에서의 생성자 손실입니다.' },
      eLogD: { label: 'E[log D(x)]' },
      eLog1mDG: { label: 'E[log(1 − D(G(z)))]' },
      V: { label: 'V(D, G)', help: '균형점에서 −log 4 ≈ −1.386입니다.' },
      js: {
        label: 'JS 발산 (nats)',
        help: '실제 점과 생성된 점의 20×20 히스토그램 사이의 젠슨-섀넌 발산입니다(nats 단위, 최대 ln 2 ≈ 0.693).',
      },
      dOfG: { label: '평균 D(G(z))', help: '균형점에서 0.5입니다.' },
    },
    presets: {
      balanced: '균형',
      'eight-gaussians': '가우시안 8개: 모드 붕괴 관찰',
      'saturating-strong-d': '포화 손실, 강한 판별자',
      moons: '초승달 두 개',
    },
  },

  // src/cells/dcgan.ts
  dcgan: {
    params: imageGanParams(`${LATENT_HELP} 사전 학습 가중치는 64를 씁니다.`),
    metrics: imageGanMetrics,
    presets: {
      defaults: '기본값',
      'd-too-strong': '너무 강한 판별자',
      'g-frozen': '생성자 고정',
      'sigmoid-range': '(0, 1) vs (−1, 1)',
      'label-smoothing': '레이블 스무딩',
    },
  },

  // src/cells/latentWalk.ts
  latentWalk: {
    params: {
      endpoints: { label: '끝점', help: '걷기가 지나가는 무작위 잠재 벡터를 정하는 시드입니다. 바꾸면 새 끝점이 나옵니다.' },
      path: {
        label: '경로',
        help: '구면 보간(slerp)은 무작위 잠재 벡터가 놓이는 구면을 따라갑니다. 직선은 구의 안쪽을 가로지르는데, 그곳의 벡터는 생성자가 학습 때 본 어떤 벡터보다도 짧습니다.',
        options: { slerp: '구면 (slerp)', lerp: '직선 (lerp)' },
      },
      frames: { label: '띠의 이미지 수', help: '두 끝점 사이에서 고른 간격으로 뽑아 띠에 보여 줄 점의 수입니다.' },
      dimension: { label: '움직일 차원', help: '아래 행에서 바꿀 z의 좌표입니다(0~63).' },
      amount: {
        label: '움직이는 양',
        help: '아래 행은 그 좌표 하나에 −양부터 +양까지 더합니다(z의 좌표는 보통 ±2 안에 있습니다).',
      },
      stepsPerLeg: { label: '구간당 스텝', help: '한 끝점에서 다음 끝점까지 몇 스텝에 걸쳐 걸을지 정합니다(초당 약 20스텝).' },
      pickA: { label: '실험실: 시작 샘플', help: '실험실 보간이 시작할 샘플(0~15, 왼쪽 위부터 한 줄씩)입니다. 격자에서 샘플을 누르면 이 값이 바뀝니다.' },
      pickB: { label: '실험실: 끝 샘플', help: '실험실 보간이 끝날 샘플입니다. 격자에서 두 번째로 누른 샘플이 여기에 들어갑니다.' },
      attribute: {
        label: '실험실: 속성',
        help: '벡터 연산으로 바꿀 속성입니다. 이미지마다 잉크 양(획 두께), 기울어진 정도, 너비를 잽니다.',
        options: { ink: '잉크 (획 두께)', slant: '기울기', width: '너비' },
      },
      attributeAmount: {
        label: '실험실: 양',
        help: '속성 벡터(그 속성이 가장 큰 샘플들의 평균 코드 − 가장 작은 샘플들의 평균 코드)를 모든 샘플에 몇 배 더할지 정합니다. 음수면 뺍니다.',
      },
    },
    metrics: {
      position: { label: '위치 t', help: '이번 구간의 시작(0)부터 끝(1)까지 어디쯤 왔는지 나타냅니다.' },
      leg: { label: '구간', help: '지금까지 지나온 끝점의 수입니다.' },
      norm: { label: '‖z‖', help: '걷는 잠재 벡터의 길이입니다. 64차원 무작위 벡터의 길이는 8에 가깝습니다.' },
      digit: { label: '분류 결과', help: '분류기가 지금 이미지에서 보는 숫자입니다.' },
      confidence: { label: '확신도', help: '그 숫자에 대한 분류기의 확률입니다.' },
      attributeMoved: { label: '실험실: 뜻대로 바뀜 (16개 중)', help: '실험실 샘플 16개 가운데, 고른 속성이 양의 부호가 가리키는 방향으로 바뀐 샘플 수입니다. 이미지에서 직접 잽니다.' },
      digitsKept: { label: '실험실: 같은 숫자 (16개 중)', help: '그중 벡터 연산 전과 같은 숫자로 분류기가 읽는 샘플 수입니다.' },
    },
    presets: {
      slerp: '구면 걷기 (slerp)',
      lerp: '직선',
      'big-nudge': '크게 움직이기',
      'lab-thinner': '실험실: 더 가는 획',
    },
  },

  // src/cells/customLoss.ts
  customLoss: {
    params: {
      discriminatorLoss: {
        label: '판별자 손실',
        help: 'D(x)와 D(G(z))로 쓴, 판별자가 샘플마다 최소화할 값입니다. 배치에 걸쳐 평균을 냅니다. Enter를 누르면 이 식으로 학습합니다.',
      },
      generatorLoss: {
        label: '생성자 손실',
        help: '생성자가 최소화할 값입니다. 생성자의 가중치가 손실에 닿는 길은 D(G(z))뿐이므로 반드시 들어가야 합니다.',
      },
      dOutput: {
        label: '식의 D(·)는',
        help: '확률: 교차 엔트로피처럼 D 끝에 시그모이드가 있습니다. 원점수: 최소 제곱과 힌지 손실처럼 신경망의 출력(로짓)을 그대로 씁니다.',
        options: { probability: '확률 σ(점수), 0과 1 사이', logit: '원점수(로짓)' },
      },
      target: {
        label: '실제 데이터',
        help: '생성자가 그려야 할 모양입니다.',
        options: { ring: '고리', mixture: '가우시안 8개', line: '선', moons: '초승달 두 개' },
      },
      lrG: { label: '생성자 학습률', help: '생성자가 업데이트마다 내딛는 보폭입니다.' },
      lrD: { label: '판별자 학습률', help: '판별자가 업데이트마다 내딛는 보폭입니다.' },
      dSteps: { label: 'G 스텝당 D 스텝', help: '생성자를 한 번 업데이트하기 전에 판별자를 몇 번 학습시킬지 정합니다.' },
      optimizer: {
        label: '옵티마이저',
        help: '일반 경사 하강법 또는 Adam입니다(바꾸면 처음 상태에서 다시 시작합니다).',
        options: { sgd: 'SGD', adam: 'Adam (β1 = 0.5)' },
      },
      batchSize: { label: '배치 크기', help: '업데이트마다 쓰는 실제 점과 생성된 점의 수입니다.' },
      hidden: { label: '은닉 유닛', help: '두 신경망의 두 은닉층 너비입니다. 초기화가 필요합니다.' },
    },
    metrics: {
      dLoss: { label: 'D 손실', help: '평가 배치에서 계산한, 직접 쓴 판별자 손실입니다.' },
      gLoss: { label: 'G 손실', help: '평가 배치에서 계산한, 직접 쓴 생성자 손실입니다.' },
      js: {
        label: 'JS 발산 (nats)',
        help: '실제 점과 생성된 점의 20×20 히스토그램 사이의 젠슨-섀넌 발산입니다(같으면 0, 최대 ln 2 ≈ 0.693).',
      },
      dOfG: { label: '가짜에 대한 평균 σ(D 점수)', help: '생성된 점에 대한 σ(D 점수)의 평균입니다. 식의 D(·)가 확률이면 D가 그 점들을 얼마나 진짜로 보는지를 뜻하며, D가 이기면 0에 가까워집니다. 원점수(로짓)로 학습할 때는 점수에 σ를 씌운 값일 뿐입니다. 최소제곱 판별자가 이기면 가짜 점수가 0 근처라 여기서는 0.5로, 힌지 판별자는 −1 이하라 0.27 이하로 읽힙니다.' },
    },
    presets: {
      minimax: '미니맥스',
      'non-saturating': '비포화',
      'least-squares': '최소 제곱(LSGAN)',
      hinge: '힌지',
    },
  },

  // src/cells/lsgan.ts
  lsgan: {
    params: galleryOptimizerParams,
    metrics: {
      bceDigitScore: { label: '숫자 점수, 교차 엔트로피', help: '시그모이드 교차 엔트로피 손실로 학습한 DCGAN의 숫자 점수(1~10)입니다.' },
      lsDigitScore: { label: '숫자 점수, 최소제곱', help: '같은 DCGAN을 최소제곱 손실로 학습한 쪽의 숫자 점수(1~10)입니다.' },
      bceDFake: { label: '평균 D(G(z)), 교차 엔트로피', help: '교차 엔트로피 쪽에서, 가짜에 대한 판별자 로짓의 σ입니다.' },
      lsDFake: { label: '평균 D(G(z)), 최소제곱', help: '최소제곱 쪽에서, 가짜에 대한 판별자의 점수 그대로입니다(0 = 가짜, 1 = 진짜).' },
    },
    presets: {
      defaults: '기본값',
      'strong-d': '강한 판별자',
    },
  },

  // src/cells/sgan.ts
  sgan: {
    params: {
      labels: {
        label: '레이블 있는 숫자 N',
        help: '레이블을 남길 학습용 숫자의 수입니다(숫자마다 같은 수). 나머지는 모두 레이블 없이 씁니다. 초기화가 필요합니다.',
        options: { '10': '10 (숫자마다 1개)', '100': '100', '1000': '1,000' },
      },
      ...galleryOptimizerParams,
    },
    metrics: {
      ganAccuracy: { label: 'GAN 분류기 정확도 %', help: '떼어 둔 숫자 1,000개 가운데 준지도 판별자가 맞게 분류한 비율입니다.' },
      baselineAccuracy: { label: '레이블 전용 기준 모델 정확도 %', help: 'N개의 레이블 있는 숫자로만 학습한 같은 신경망의 정확도입니다.' },
      supervisedLoss: { label: '지도 손실', help: '레이블 있는 숫자 배치의 교차 엔트로피입니다.' },
      unsupervisedLoss: { label: '비지도 손실', help: '레이블 없는 숫자의 −log D(x)와 가짜의 −log(1 − D(G(z)))를 더한 값입니다.' },
      gLoss: { label: '특징 매칭', help: '가짜의 판별자 특징 평균이 실제 숫자의 특징 평균에서 얼마나 먼지 나타냅니다.' },
    },
  },

  // src/cells/acgan.ts
  acgan: {
    params: {
      digit: {
        label: '그릴 숫자',
        help: '오른쪽 샘플 16개를 그릴 때 생성자에게 주는 클래스입니다. 바로 반영됩니다.',
        options: { '0': '0', '1': '1', '2': '2', '3': '3', '4': '4', '5': '5', '6': '6', '7': '7', '8': '8', '9': '9' },
      },
      ...galleryOptimizerParams,
    },
    metrics: {
      classMatch: {
        label: '클래스 일치율 %',
        help: '생성한 숫자 200개(클래스마다 20개) 가운데 코스의 분류기가 요청한 클래스로 분류한 비율입니다.',
      },
      auxAccuracy: { label: 'D 클래스 헤드 정확도 (진짜) %', help: '마지막 실제 배치에서 판별자의 보조 분류기가 숫자를 맞힌 비율입니다.' },
      dLoss: { label: 'D 손실', help: '진짜/가짜 교차 엔트로피에 진짜와 가짜 숫자의 클래스 교차 엔트로피를 더한 값입니다.' },
      gLoss: { label: 'G 손실', help: '−log D(G(z, c))에 가짜의 클래스 교차 엔트로피를 더한 값입니다.' },
    },
  },

  // src/cells/adain.ts
  adain: {
    params: {
      start: {
        label: '시작 가중치',
        help: '사전 학습: 코스가 학습한 가중치로 시작해 스타일 혼합 격자가 바로 보입니다. 처음부터: 시드로 새 가중치를 만듭니다. 초기화가 필요합니다.',
        options: { pretrained: '사전 학습 가중치', scratch: '처음부터 (시드)' },
      },
      ...galleryOptimizerParams,
    },
    metrics: {
      digitScore: {
        label: '숫자 점수',
        help: '샘플 256개로 잽니다. 1(알아볼 수 있는 숫자가 없거나 모두 같음)부터 10(선명한 숫자, 열 가지가 고르게)까지입니다.',
      },
      dLoss: { label: 'D 손실' },
      gLoss: { label: 'G 손실' },
    },
  },

  // src/cells/referenceDcgan.ts (dcgan's params without pretrained weights, and its metrics; no presets)
  referenceDcgan: {
    params: imageGanParams(LATENT_HELP),
    metrics: imageGanMetrics,
    presets: {},
  },
};
