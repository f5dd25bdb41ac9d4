/**
 * Korean for every other user-visible English string of the interface (the
 * cell kinds' own labels are in ./cells.ts). Keys are the English exactly as
 * in the source; a template's `${…}` parts are written as {name}
 * placeholders. Grouped by the file the English comes from. Strings the code
 * builds by concatenation or by choosing among pieces are listed with every
 * variant spelled out whole, so each can be translated as a sentence.
 */
export const koInterface: Record<string, string> = {
  // ---- components/cell/CodeView.astro, codeView.ts ----
  'Code: this model and its training step, in the course’s source and in Keras': '코드: 이 모델과 학습 스텝 (이 강의의 소스와 Keras)',
  '{title}: code': '{title}: 코드',
  'This course (TensorFlow.js)': '이 강의 (TensorFlow.js)',
  'Keras (TensorFlow 2)': 'Keras (TensorFlow 2)',
  'The lines this cell runs, taken from the course’s source when the site was built.': '이 셀이 실제로 실행하는 코드입니다. 사이트를 빌드할 때 강의 소스에서 그대로 가져왔습니다.',
  'The same layers, losses, optimiser and step in Keras, with this cell’s current settings.': '같은 층, 손실 함수, 옵티마이저, 학습 스텝을 Keras로 옮긴 코드입니다. 숫자는 이 셀의 현재 설정을 따라 바뀝니다.',
  'Copy code': '코드 복사',
  'Download as notebook': '노트북으로 내려받기',
  'The cell “{title}” of the course GANs in your browser, in Keras, with the settings it had when you downloaded it.':
    '강의 「브라우저에서 배우는 GAN」의 셀 “{title}”을(를) Keras로 옮긴 노트북입니다. 설정값은 내려받을 때 셀에 있던 값입니다.',
  'Copied.': '복사했습니다.',
  'Loading the source…': '소스를 불러오는 중…',
  'the site sent another page instead': '사이트가 소스 대신 다른 페이지를 보냈습니다',
  'The source could not be loaded ({reason}). Close the code and open it again to retry.': '소스를 불러오지 못했습니다({reason}). 코드를 접었다가 다시 펼치면 다시 불러옵니다.',
  'Copying is blocked here: select the code and press Ctrl+C.': '여기서는 자동 복사가 막혀 있습니다. 코드를 선택하고 Ctrl+C를 누르세요.',
  // ---- components/Cell.astro ----
  'The TensorFlow.js backend this cell trains on': '이 셀이 학습에 쓰는 TensorFlow.js 백엔드',
  'not started': '시작 전',
  '{title}: training': '{title}: 학습',
  Run: '실행',
  Pause: '일시정지',
  Step: '스텝',
  Reset: '초기화',
  'Copy link': '링크 복사',
  'Train one step, then stop': '한 스텝만 학습하고 멈춥니다',
  'Step D': 'D 스텝',
  'Step G': 'G 스텝',
  'Update only the discriminator, once, then stop': '판별자만 한 번 업데이트하고 멈춥니다',
  'Update only the generator, once, then stop': '생성자만 한 번 업데이트하고 멈춥니다',
  'New weights from the seed; applies every setting': '시드로 새 가중치를 만들고 모든 설정을 적용합니다',
  'Copy a link that reproduces these settings': '이 설정을 그대로 재현하는 링크를 복사합니다',
  '{title}: checkpoints': '{title}: 체크포인트',
  'Start from pretrained': '사전 학습 가중치로 시작',
  "Load weights trained in advance by the course's own script": '코스의 자체 스크립트로 미리 학습한 가중치를 불러옵니다',
  'Save checkpoint': '체크포인트 저장',
  'Also saved automatically every {every} steps and on Pause': '{every}스텝마다, 그리고 일시정지할 때도 자동으로 저장됩니다',
  'Download weights': '가중치 내려받기',
  'Upload weights': '가중치 올리기',
  'Saved in this browser': '이 브라우저에 저장된 체크포인트',
  'No checkpoints yet': '아직 체크포인트가 없습니다',
  Restore: '복원',
  'Remove the selected checkpoint from this browser': '선택한 체크포인트를 이 브라우저에서 지웁니다',
  Delete: '삭제',
  'Press Run (or Shift+Enter) to train this model in your browser.': '실행(또는 Shift+Enter)을 누르면 이 모델이 브라우저에서 학습합니다.',
  'Link to these settings': '이 설정으로 가는 링크',
  // the first readout of every cell (<dt>Step</dt>) uses 'Step' above
  'Steps/s': '스텝/초',
  'The chart appears when training starts.': '학습을 시작하면 차트가 나타납니다.',
  Experiments: '실험',
  'Experiments:': '실험:',
  'Live settings': '실시간 설정',
  '(apply while training)': '(학습 중에도 바로 적용)',
  'Model settings': '모델 설정',
  '(apply on Reset)': '(초기화할 때 적용)',

  // ---- components/cell/ParamControl.astro ----
  live: '즉시',
  'on Reset': '초기화 시',
  'Takes effect immediately, even while training.': '학습 중에도 바로 적용됩니다.',
  'Takes effect when you press Reset.': '초기화를 누르면 적용됩니다.',

  // ---- components/cell/cellElement.ts ----
  Resume: '계속',
  'Some settings in the link were ignored: {rejected}': '링크에 있던 설정 일부는 무시했습니다: {rejected}',
  'Training stopped when you left the page. Press Run to start again.': '페이지를 떠나서 학습을 멈췄습니다. 다시 시작하려면 실행을 누르세요.',
  'Loading TensorFlow.js and the model…': 'TensorFlow.js와 모델을 불러오는 중…',
  'The training worker has not answered Pause for {seconds} s: it may be stuck in a computation. Press Reset to stop it and start again (its weights are lost), or wait.':
    '학습 워커가 {seconds}초 동안 일시정지에 응답하지 않습니다. 계산 도중에 멈췄을 수 있습니다. 초기화를 누르면 워커를 멈추고 다시 시작합니다(가중치는 사라집니다). 아니면 조금 더 기다려 보세요.',
  'The training worker did not answer Reset within {seconds} s (stuck in a computation), so it was stopped. Press Run to train from the start.':
    '학습 워커가 {seconds}초 안에 초기화에 응답하지 않아(계산 도중에 멈춤) 워커를 멈췄습니다. 처음부터 학습하려면 실행을 누르세요.',
  "The training code could not be loaded ({detail}). Reload the page; if this keeps happening, the site's files are incomplete or out of date: tell whoever hosts the course.":
    '학습 코드를 불러오지 못했습니다({detail}). 페이지를 새로 고치세요. 계속 이러면 사이트의 파일이 빠졌거나 오래된 것이니 코스를 운영하는 분께 알려 주세요.',
  // a link's ignored settings: the first five, then how many more
  '{listed} …and {more} more.': '{listed} …외 {more}개.',
  '"backend={raw}" is not a backend of this course (webgl, wasm or cpu): the fastest one available is used.':
    '"backend={raw}"은(는) 이 코스의 백엔드(webgl, wasm, cpu)가 아닙니다. 쓸 수 있는 가장 빠른 백엔드를 씁니다.',
  'Reset: new weights from the seed, with every setting applied.': '초기화했습니다. 시드로 새 가중치를 만들고 모든 설정을 적용했습니다.',
  'Reset. Press Run to train from the start.': '초기화했습니다. 처음부터 학습하려면 실행을 누르세요.',
  // backend badge: `${event.backend} ×${event.threads} threads`, or the backend name alone (wasm, webgl, cpu stay as they are)
  '{backend} ×{threads} threads': '{backend} ×{threads}스레드',
  'Ready on {backend}.': '{backend}에서 준비되었습니다.',
  'Training… change live settings at any time.': '학습 중… 실시간 설정은 언제든 바꿀 수 있습니다.',
  'Paused at step {step}.': '{step}스텝에서 일시정지했습니다.',
  'Ready.': '준비되었습니다.',
  // error status and notice: the worker's message, then its hint (two sentences, see src/runtime below)
  'The training worker stopped: {message} Press Reset, then Run, to start again.': '학습 워커가 멈췄습니다: {message} 다시 시작하려면 초기화를 누른 뒤 실행을 누르세요.',
  'Restore the checkpoint from step {step}': '{step}스텝의 체크포인트 복원',
  'Training keeps using {value}.': '학습에는 계속 {value} 값을 씁니다.',
  // applyPreset: `Preset "${preset.label}" applied${pending.length ? '; press Reset to apply the model settings' : ''}.`
  'Preset "{label}" applied.': '"{label}" 프리셋을 적용했습니다.',
  'Preset "{label}" applied; press Reset to apply the model settings.': '"{label}" 프리셋을 적용했습니다. 모델 설정을 적용하려면 초기화를 누르세요.',
  'Changed model settings apply when you press Reset.': '바꾼 모델 설정은 초기화를 눌러야 적용됩니다.',
  'Link copied: it reproduces these settings and seed.': '링크를 복사했습니다. 이 링크는 지금 설정과 시드를 그대로 재현합니다.',
  'Link copied: it reproduces these settings, the seed and your drawn points.': '링크를 복사했습니다. 이 링크는 지금 설정과 시드, 직접 찍은 점까지 그대로 재현합니다.',
  'Copying is blocked here; the link below reproduces these settings and your drawn points.': '여기서는 복사가 막혀 있습니다. 아래 링크가 지금 설정과 직접 찍은 점을 재현합니다.',
  'Your drawn points are still the real data; Clear my points brings the shape back.': '직접 찍은 점이 여전히 실제 데이터입니다. 내 점 지우기를 누르면 모양이 돌아옵니다.',
  'Copying is blocked here; the link below reproduces these settings.': '여기서는 복사가 막혀 있습니다. 아래 링크가 이 설정을 재현합니다.',

  // ---- components/cell/checkpointPanel.ts ----
  'Checkpoints wait for another tab of this course, opened before the course was updated: close or reload that tab to keep saving them here.':
    '코스가 업데이트되기 전에 열어 둔 이 코스의 다른 탭 때문에 체크포인트 저장이 기다리고 있습니다. 여기에 계속 저장하려면 그 탭을 닫거나 새로 고치세요.',
  'This browser does not let the course keep checkpoints (a private window?). Use Download weights to keep a model.':
    '이 브라우저에서는 체크포인트를 보관할 수 없습니다(비공개 창인가요?). 모델을 보관하려면 가중치 내려받기를 쓰세요.',
  'A checkpoint could not be kept in this browser: {reason} Use Download weights to keep the model.':
    '이 브라우저에 체크포인트를 보관하지 못했습니다: {reason} 모델을 보관하려면 가중치 내려받기를 쓰세요.',
  'Could not save: {error}': '저장하지 못했습니다: {error}',
  'no weights': '가중치가 없습니다',
  'Checkpoint saved at step {step}; it stays until you delete it.': '{step}스텝에서 체크포인트를 저장했습니다. 지우기 전까지 남아 있습니다.',
  // one dropped, or several (steps listed with commas): Korean says both the same way
  'Dropped the automatic checkpoint from step {steps}: each tab keeps its newest {keep} automatic ones. A checkpoint you save yourself stays until you delete it.':
    '자동 체크포인트({steps}스텝)를 지웠습니다. 탭마다 가장 최근의 자동 체크포인트 {keep}개만 보관합니다. 직접 저장한 체크포인트는 지우기 전까지 남아 있습니다.',
  'Dropped the automatic checkpoints from step {steps}: each tab keeps its newest {keep} automatic ones. A checkpoint you save yourself stays until you delete it.':
    '자동 체크포인트({steps}스텝)를 지웠습니다. 탭마다 가장 최근의 자동 체크포인트 {keep}개만 보관합니다. 직접 저장한 체크포인트는 지우기 전까지 남아 있습니다.',
  'Weights at step {step} downloaded.': '{step}스텝의 가중치를 내려받았습니다.',
  // loading weights: one sentence per source (pretrained, an uploaded file, a kept checkpoint)
  'The pretrained model was refused: {error}': '사전 학습 모델을 불러오지 못했습니다: {error}',
  'The pretrained model loaded. Press Run to continue training from it.': '사전 학습 모델을 불러왔습니다. 이어서 학습하려면 실행을 누르세요.',
  'The file "{name}" was refused: {error}': '파일 "{name}"을(를) 불러오지 못했습니다: {error}',
  'The file "{name}" loaded. Press Run to continue training from it.': '파일 "{name}"을(를) 불러왔습니다. 이어서 학습하려면 실행을 누르세요.',
  'The checkpoint from step {step} was refused: {error}': '{step}스텝의 체크포인트를 불러오지 못했습니다: {error}',
  'The checkpoint from step {step} loaded. Press Run to continue training from it.': '{step}스텝의 체크포인트를 불러왔습니다. 이어서 학습하려면 실행을 누르세요.',
  // a kept checkpoint comes back with its settings: those that changed, those only Reset applies, or both
  'The checkpoint from step {step} loaded with the settings it was trained with ({changed}). Press Run to continue training from it.':
    '{step}스텝의 체크포인트를 학습 당시의 설정({changed})과 함께 불러왔습니다. 이어서 학습하려면 실행을 누르세요.',
  'The checkpoint from step {step} loaded; it was trained with {onReset}, which only Reset applies (Reset starts over). Press Run to continue training from it.':
    '{step}스텝의 체크포인트를 불러왔습니다. 이 체크포인트는 {onReset} 설정으로 학습했는데, 이 설정은 초기화해야 적용됩니다(초기화하면 처음부터 다시 시작합니다). 이어서 학습하려면 실행을 누르세요.',
  'The checkpoint from step {step} loaded with the settings it was trained with ({changed}); it was trained with {onReset}, which only Reset applies (Reset starts over). Press Run to continue training from it.':
    '{step}스텝의 체크포인트를 학습 당시의 설정({changed})과 함께 불러왔습니다. 또 {onReset} 설정으로 학습했는데, 이 설정은 초기화해야 적용됩니다(초기화하면 처음부터 다시 시작합니다). 이어서 학습하려면 실행을 누르세요.',
  'Settings restored: {changed}.': '설정을 되돌렸습니다: {changed}.',
  'Keep the settings I had': '원래 설정 유지',
  'Your settings were put back; the restored weights are kept.': '원래 설정으로 되돌렸습니다. 복원한 가중치는 그대로 둡니다.',
  'The checkpoint': '체크포인트',
  'Deleted: {label}.': '삭제했습니다: {label}.',
  'Choose a checkpoint…': '체크포인트를 고르세요…',
  'No saved checkpoint is selected.': '선택한 체크포인트가 없습니다.',
  'That checkpoint is no longer in this browser.': '그 체크포인트는 더 이상 이 브라우저에 없습니다.',
  'Unavailable in this browser': '이 브라우저에서는 쓸 수 없습니다',
  // list entries: `Step ${e.step} (${e.reason}, ${time})`, reason one of auto | pause | manual
  'Step {step} ({reason}, {time})': '{step}스텝 ({reason}, {time})',
  auto: '자동',
  pause: '일시정지',
  manual: '직접 저장',

  // ---- components/cell/checkpointStore.ts ----
  'IndexedDB request failed': 'IndexedDB 요청이 실패했습니다',
  'IndexedDB write failed': 'IndexedDB에 쓰지 못했습니다',
  'IndexedDB write was aborted': 'IndexedDB 쓰기가 중단되었습니다',
  'A newer version of the course, open in another tab, has updated how checkpoints are kept. Reload this page to keep saving them (the ones kept so far are safe).':
    '다른 탭에 열린 새 버전의 코스가 체크포인트 보관 방식을 바꿨습니다. 계속 저장하려면 이 페이지를 새로 고치세요(지금까지 보관한 체크포인트는 안전합니다).',

  // ---- components/cell/workerClient.ts ----
  'The training worker stopped unexpectedly.': '학습 워커가 예기치 않게 멈췄습니다.',
  'it stopped unexpectedly.': '예기치 않게 멈췄습니다.',
  // why the worker's code did not start (quoted in "The training code could not be loaded ({detail})")
  '{file} did not start': '{file}이(가) 시작되지 않았습니다',
  '{file} answered HTTP {status}': '{file} 요청에 HTTP {status} 응답이 왔습니다',
  '{file} could not be fetched': '{file}을(를) 받아 오지 못했습니다',
  'it sent nothing for {seconds} s while it had work to do. The browser may have stopped it to free memory, or a computation hung.':
    '할 일이 있는데도 {seconds}초 동안 아무 응답이 없었습니다. 브라우저가 메모리를 확보하려고 워커를 멈췄거나, 계산이 멈춰 버렸을 수 있습니다.',

  // ---- components/cell/viewHost.ts ----
  'No chart is available for "{kind}".': '"{kind}"에는 차트가 없습니다.',

  // ---- components/cell/format.ts (readouts; '–', '∞', '−∞' and 'NaN' stay) ----

  // ---- components/RunAll.astro and components/cell/runAll.ts ----
  'Run all cells': '모든 셀 실행',
  'Pause all cells': '모든 셀 일시정지',
  'Each cell trains in its own worker; on a 2-core laptop, running them one at a time is faster.':
    '셀마다 따로 워커에서 학습합니다. 코어가 2개인 노트북에서는 하나씩 실행하는 편이 더 빠릅니다.',

  // ---- components/SeedQuestion.astro (already bilingual in the component; listed for the catalogue) ----
  'A question from the study notes': '학습 노트의 질문',
  'The experiment that answers it': '이 질문에 답하는 실험',

  // ---- src/cells/params.ts: validation messages shown under a control and in notices ----
  // every message starts with the control's label (Korean on Korean pages)
  '{label}: value is too long.': '{label}: 값이 너무 깁니다.',
  '{label}: enter a number between {min} and {max}.': '{label}: {min}에서 {max} 사이의 수를 입력하세요.',
  '{label}: "{raw}" is not a number; enter one between {min} and {max}.': '{label}: "{raw}"은(는) 수가 아닙니다. {min}에서 {max} 사이의 수를 입력하세요.',
  '{label}: enter a whole number between {min} and {max}.': '{label}: {min}에서 {max} 사이의 정수를 입력하세요.',
  '{label}: {value} is out of range; enter a number between {min} and {max}.': '{label}: {value}은(는) 범위를 벗어났습니다. {min}에서 {max} 사이의 수를 입력하세요.',
  '{label}: choose one of {names}.': '{label}: {names} 중 하나를 고르세요.',
  '{label}: use true or false.': '{label}: true 또는 false를 쓰세요.',
  'Unknown setting "{key}" was ignored.': '알 수 없는 설정 "{key}"은(는) 무시했습니다.',
  '{message} The default was kept.': '{message} 기본값을 유지했습니다.',
  '{label}: enter text.': '{label}: 글자를 입력하세요.',
  '{label}: at most {max} characters.': '{label}: {max}자까지 쓸 수 있습니다.',
  '{label}: {error}': '{label}: {error}',

  // ---- src/ml/losses/formula/parse.ts and check.ts: why a loss formula is refused (shown under the control, with a caret) ----
  '"{text}" does not start a number.': '"{text}"(으)로는 수를 시작할 수 없습니다.',
  'character {code}': '문자 코드 {code}',
  '"{text}"': '"{text}"',
  '{shown} is not part of a loss formula: use numbers, D(x), D(G(z)), + − * / ^, parentheses and {functions}.':
    '{shown}은(는) 손실 식에 쓸 수 없습니다. 수, D(x), D(G(z)), + − * / ^, 괄호, 그리고 {functions}만 쓰세요.',
  'the end of the formula': '식의 끝',
  'the number {value}': '수 {value}',
  'Expected an operator (+ − * / ^) or the end, found {found}.': '여기에는 연산자(+ − * / ^)가 오거나 식이 끝나야 합니다(지금은 {found}).',
  'Expected {what}, found {found}.': '여기에 필요한 것: {what}(지금은 {found}).',
  'The formula nests more than {depth} levels deep.': '식이 {depth}단계보다 깊게 중첩되어 있습니다.',
  '{value} is too large a number.': '{value}은(는) 너무 큰 수입니다.',
  'a closing parenthesis ")"': '닫는 괄호 ")"',
  'The formula ends too soon: a number, D(x), D(G(z)) or a function should follow.': '식이 너무 일찍 끝났습니다. 뒤에 수, D(x), D(G(z)) 또는 함수가 와야 합니다.',
  'Expected a number, D(x), D(G(z)) or a function, found {found}.': '여기에는 수, D(x), D(G(z)) 또는 함수가 와야 합니다(지금은 {found}).',
  '"(" after {fn}': '{fn} 뒤의 "("',
  '{fn} takes one value, not {count}.': '{fn}에는 값을 하나만 넣습니다. 지금은 {count}개입니다.',
  '{fn} takes {arity} values separated by a comma, not {count}.': '{fn}에는 쉼표로 구분한 값 {arity}개를 넣습니다. 지금은 {count}개입니다.',
  'a closing parenthesis ")" after the arguments of {fn}': '{fn}의 인자 뒤에 오는 닫는 괄호 ")"',
  '"{name}" is not known here. Write it inside D: D(x) or D(G(z)).': '"{name}"은(는) 여기서 쓸 수 없습니다. D 안에 넣어 D(x) 또는 D(G(z))로 쓰세요.',
  '"{name}" is not known here. Known names: D(x), D(G(z)), {functions}.': '"{name}"은(는) 알 수 없는 이름입니다. 쓸 수 있는 이름: D(x), D(G(z)), {functions}.',
  '"(" after D: D(x) or D(G(z))': 'D 뒤의 "(": D(x) 또는 D(G(z))',
  '"(" after G: D(G(z))': 'G 뒤의 "(": D(G(z))',
  'The generator takes the noise z: write D(G(z)), found {found}.': '생성자에는 노이즈 z가 들어갑니다. D(G(z))로 쓰세요(지금은 {found}).',
  'a closing parenthesis: D(G(z))': 'D(G(z))를 닫는 괄호',
  'a closing parenthesis: D(x)': 'D(x)를 닫는 괄호',
  'D is applied to x (a real sample) or G(z) (a generated one), not to {found}.': 'D에는 x(실제 샘플)나 G(z)(생성된 샘플)를 넣습니다. {found}은(는) 넣을 수 없습니다.',
  'A formula is text.': '식은 글자로 씁니다.',
  'The formula is longer than {max} characters.': '식이 {max}자보다 깁니다.',
  'Type a formula in D(x) and D(G(z)).': 'D(x)와 D(G(z))로 식을 입력하세요.',
  'This formula could not be read.': '이 식을 읽을 수 없습니다.',
  "The generator's loss must contain D(G(z)): without it no gradient reaches the generator.": '생성자 손실에는 D(G(z))가 들어가야 합니다. 없으면 생성자에 기울기가 전달되지 않습니다.',
  "The discriminator's loss must contain D(x) or D(G(z)): a constant teaches it nothing.": '판별자 손실에는 D(x)나 D(G(z))가 들어가야 합니다. 상수로는 아무것도 배우지 못합니다.',
  'This formula does not change when D(G(z)) changes, so its derivative is zero everywhere: the generator would get no gradient and never learn.':
    '이 식은 D(G(z))가 바뀌어도 값이 변하지 않으므로 도함수가 어디서나 0입니다. 생성자는 기울기를 받지 못해 전혀 배우지 못합니다.',
  'This formula does not change when D(x) or D(G(z)) changes, so its derivative is zero everywhere: the discriminator would get no gradient and never learn.':
    '이 식은 D(x)나 D(G(z))가 바뀌어도 값이 변하지 않으므로 도함수가 어디서나 0입니다. 판별자는 기울기를 받지 못해 전혀 배우지 못합니다.',

  // ---- src/runtime/worker.ts, session.ts, backend.ts: messages the worker sends (status line and notices) ----
  'Could not load {path} (HTTP {status}).': '{path}을(를) 불러오지 못했습니다(HTTP {status}).',
  'Could not download {path}: the connection failed.': '{path}을(를) 내려받지 못했습니다. 연결에 실패했습니다.',
  'Reload the page. If it keeps failing, a file of the course is missing or damaged on this site (another backend will not help): tell whoever hosts the course.':
    '페이지를 새로 고치세요. 그래도 계속 실패하면 이 사이트에서 코스 파일이 빠졌거나 손상된 것입니다(다른 백엔드로 바꿔도 소용없습니다). 코스를 운영하는 분께 알려 주세요.',
  'The model could not be built: a weights file of the course was refused. {problem}': '모델을 만들지 못했습니다. 코스의 가중치 파일이 거부되었습니다. {problem}',
  'This page asked for an unknown model "{kind}".': '이 페이지가 알 수 없는 모델 "{kind}"을(를) 요청했습니다.',
  // backend-changed: with weights carried over from a step, or from the start
  "The graphics card's WebGL context was lost; training continues on {backend} from step {step}.":
    '그래픽 카드의 WebGL 컨텍스트가 사라졌습니다. {step}스텝부터 {backend}에서 학습을 이어 갑니다.',
  "The graphics card's WebGL context was lost; training continues on {backend} from the start (this cell keeps no weights to carry over).":
    '그래픽 카드의 WebGL 컨텍스트가 사라졌습니다. {backend}에서 처음부터 학습합니다(이 셀에는 넘겨줄 가중치가 없습니다).',
  'Press Reset, then Run, to start again.': '다시 시작하려면 초기화를 누른 뒤 실행을 누르세요.',
  'Not training on WebGL: there is no context to lose.': 'WebGL에서 학습하고 있지 않으므로 잃을 컨텍스트가 없습니다.',
  'Reload the page, or try another backend by adding ?backend=cpu to the address.': '페이지를 새로 고치거나, 주소 끝에 ?backend=cpu를 붙여 다른 백엔드를 써 보세요.',
  'Press Reset to start again.': '다시 시작하려면 초기화를 누르세요.',
  'The model has not started yet; press Run or Step first.': '모델이 아직 시작되지 않았습니다. 먼저 실행이나 스텝을 누르세요.',
  'This cell has no weights worth saving.': '이 셀에는 저장할 가중치가 없습니다.',
  'This cell cannot load checkpoints.': '이 셀은 체크포인트를 불러올 수 없습니다.',
  'Training failed: {error}': '학습에 실패했습니다: {error}',
  'Press Reset to start again; if it keeps failing, try another backend with ?backend=cpu.': '다시 시작하려면 초기화를 누르세요. 계속 실패하면 ?backend=cpu로 다른 백엔드를 써 보세요.',
  // divergence: {metric} is a metric key such as dLoss
  'The {metric} became {value} at step {step}: training diverged.': '{step}스텝에서 {metric} 값이 {value}이(가) 되었습니다. 학습이 발산했습니다.',
  'Lower the learning rates and press Reset, or reload a checkpoint from before it diverged.': '학습률을 낮추고 초기화를 누르거나, 발산하기 전의 체크포인트를 다시 불러오세요.',
  'Training has stalled at step {step}: most of its numbers have not changed for {steps} steps. The networks have saturated (the discriminator answers exactly 0 or 1, so the losses read 0.000): no gradient reaches them, and further steps change nothing.':
    '{step}스텝에서 학습이 멈춰 섰습니다. {steps}스텝 동안 수치 대부분이 변하지 않았습니다. 신경망이 포화되어(판별자가 정확히 0이나 1만 내놓아 손실이 0.000으로 나옵니다) 그래디언트가 전달되지 않으므로, 스텝을 더 진행해도 아무것도 바뀌지 않습니다.',
  'Lower the learning rates (Adam usually wants 0.001 or less) and press Reset.': '학습률을 낮추고(Adam은 보통 0.001 이하가 알맞습니다) 초기화를 누르세요.',
  'Using {backend}: {failures}.': '{backend}을(를) 씁니다: {failures}.',
  '{backend} failed ({error})': '{backend} 실패({error})',
  '{backend} did not start': '{backend} 시작 안 됨',
  'No TensorFlow.js backend could start: {failures}.': '시작할 수 있는 TensorFlow.js 백엔드가 없습니다: {failures}.',
  // the failures one after another (backend.ts)
  '{list}; {item}': '{list}; {item}',

  // ---- src/ml/checkpoint/checkpoint.ts and file.ts: why a checkpoint file or pretrained weights are refused ----
  // every CheckpointError says its problem, then that the current model was kept
  '{problem} Your current model was kept.': '{problem} 지금 모델은 그대로 두었습니다.',
  "Weight '{name}' has {count} values but shape {shape}.": "가중치 '{name}'에는 값이 {count}개 있지만 모양은 {shape}입니다.",
  "Weight '{name}' has an unreadable quantization entry.": "가중치 '{name}'의 양자화 정보를 읽을 수 없습니다.",
  "Weight '{name}' is uint8-quantized but lacks a finite min and scale.": "가중치 '{name}'은(는) uint8로 양자화되었지만 유한한 min과 scale 값이 없습니다.",
  "Weight '{name}' uses quantization '{dtype}'; this course reads uint8 and float16.": "가중치 '{name}'은(는) '{dtype}' 양자화를 씁니다. 이 코스는 uint8과 float16만 읽습니다.",
  'Weight entry {index} in the manifest has no name.': '매니페스트의 {index}번 가중치 항목에 이름이 없습니다.',
  "Weight '{name}' has no valid shape in the manifest.": "매니페스트에 가중치 '{name}'의 올바른 모양이 없습니다.",
  "Weight '{name}' has dtype '{dtype}'; expected float32.": "가중치 '{name}'의 dtype이 '{dtype}'입니다. float32여야 합니다.",
  'The checkpoint manifest is not valid JSON (the file may be cut short or not a checkpoint).': '체크포인트 매니페스트가 올바른 JSON이 아닙니다(파일이 잘렸거나 체크포인트가 아닐 수 있습니다).',
  'This file is not a checkpoint of this course.': '이 파일은 이 코스의 체크포인트가 아닙니다.',
  'The checkpoint has format version {version}; this page reads version {expected}.': '체크포인트 형식 버전이 {version}입니다. 이 페이지는 버전 {expected}을(를) 읽습니다.',
  'The checkpoint does not say which model it belongs to.': '체크포인트에 어느 모델의 것인지 적혀 있지 않습니다.',
  'The checkpoint manifest lists no weights.': '체크포인트 매니페스트에 가중치가 하나도 없습니다.',
  'A weight group in the checkpoint manifest is malformed.': '체크포인트 매니페스트의 가중치 그룹 하나가 잘못된 형식입니다.',
  "This checkpoint belongs to the model '{modelId}', but this cell trains '{expected}'.": "이 체크포인트는 '{modelId}' 모델의 것인데, 이 셀은 '{expected}' 모델을 학습합니다.",
  "The checkpoint is missing the weight '{name}'.": "체크포인트에 가중치 '{name}'이(가) 없습니다.",
  "The checkpoint has an extra weight '{name}' this model does not use.": "체크포인트에 이 모델이 쓰지 않는 가중치 '{name}'이(가) 더 있습니다.",
  "The checkpoint's weight {index} is '{got}', but this model expects '{want}'.": "체크포인트의 {index}번째 가중치는 '{got}'인데, 이 모델은 '{want}'을(를) 기대합니다.",
  "The weight '{name}' has shape {got} in the checkpoint, but this model needs {want} (were other layer sizes chosen when it was saved?).":
    "체크포인트에서 가중치 '{name}'의 모양은 {got}인데, 이 모델에는 {want}이(가) 필요합니다(저장할 때 다른 층 크기를 골랐나요?).",
  "The weight '{name}' contains NaN or infinite values (training had diverged when it was saved).": "가중치 '{name}'에 NaN이나 무한대 값이 있습니다(저장할 때 이미 학습이 발산한 상태였습니다).",
  "The checkpoint's weight data is {bytes} bytes but its manifest needs {needed}: the file was truncated or does not belong to this manifest.":
    '체크포인트의 가중치 데이터는 {bytes}바이트인데 매니페스트에는 {needed}바이트가 필요합니다. 파일이 잘렸거나 이 매니페스트의 것이 아닙니다.',
  'The file is too short ({bytes} bytes) to be a checkpoint.': '파일이 너무 짧아서({bytes}바이트) 체크포인트일 수 없습니다.',
  "This file is not a checkpoint of this course (save one with the cell's Save button; it ends in {extension}).":
    '이 파일은 이 코스의 체크포인트가 아닙니다(셀의 저장 버튼으로 저장하세요. 파일 이름이 {extension}(으)로 끝납니다).',
  'The checkpoint file has container version {version}; this page reads version {expected}.': '체크포인트 파일의 컨테이너 버전이 {version}입니다. 이 페이지는 버전 {expected}을(를) 읽습니다.',
  'The checkpoint file is truncated: its manifest is cut short.': '체크포인트 파일이 잘렸습니다. 매니페스트가 중간에 끊겼습니다.',
  'The checkpoint file is corrupted: its manifest is not readable text.': '체크포인트 파일이 손상되었습니다. 매니페스트를 텍스트로 읽을 수 없습니다.',

  // ---- src/ml/trainers/*.ts and src/ml/models/*.ts: checkpoint refusals from a trainer's setWeights ----
  'This checkpoint is for {modelId}, not {expected}: set the same hidden width and reset first.': '이 체크포인트는 {expected}이(가) 아니라 {modelId}의 것입니다. 같은 은닉층 너비로 맞추고 먼저 초기화하세요.',
  'This checkpoint is for {modelId}, not {expected}: set the same latent size and reset first.': '이 체크포인트는 {expected}이(가) 아니라 {modelId}의 것입니다. 같은 잠재 크기로 맞추고 먼저 초기화하세요.',
  'This checkpoint belongs to model {modelId}, not {expected}. Your current model was kept.': '이 체크포인트는 {expected}이(가) 아니라 {modelId} 모델의 것입니다. 지금 모델을 그대로 두었습니다.',
  'This checkpoint belongs to model {modelId}, not {expected}.': '이 체크포인트는 {expected}이(가) 아니라 {modelId} 모델의 것입니다.',
  'The checkpoint has no weights for {name}.': '체크포인트에 {name}의 가중치가 없습니다.',
  "The checkpoint's {name} has shape [{got}] but this model needs [{want}].": '체크포인트의 {name}은(는) 모양이 [{got}]인데 이 모델에는 [{want}]이(가) 필요합니다.',
  "The checkpoint's {name} has shape [{got}] but this network needs [{want}].": '체크포인트의 {name}은(는) 모양이 [{got}]인데 이 신경망에는 [{want}]이(가) 필요합니다.',

  // ---- src/ml/data/digits.ts: the digits file (a failed load reaches the status line) ----
  'The digits file is too short ({bytes} bytes): it was truncated or is not a digits file.': '숫자 데이터 파일이 너무 짧습니다({bytes}바이트). 잘렸거나 숫자 데이터 파일이 아닙니다.',
  "This is not a digits file (expected it to start with '{magic}', found '{found}').": "숫자 데이터 파일이 아닙니다('{magic}'(으)로 시작해야 하는데 '{found}'(으)로 시작합니다).",
  'The digits file has format version {version}; this course reads version {expected}. Rebuild it with npm run build:digits.': '숫자 데이터 파일의 형식 버전이 {version}입니다. 이 코스는 버전 {expected}을(를) 읽습니다. npm run build:digits로 다시 만드세요.',
  'The digits file header is inconsistent (count {count}, {rows}x{cols}, train {train}).': '숫자 데이터 파일의 헤더가 서로 맞지 않습니다(개수 {count}, {rows}x{cols}, 학습용 {train}).',
  'The digits file is {bytes} bytes but its header promises {expected}: it was truncated or corrupted in transit.': '숫자 데이터 파일은 {bytes}바이트인데 헤더에는 {expected}바이트라고 되어 있습니다. 전송 중에 잘렸거나 손상되었습니다.',
  'The digits file is corrupted: its compressed data could not be read ({reason}).': '숫자 데이터 파일이 손상되었습니다. 압축된 데이터를 읽을 수 없습니다({reason}).',
  'The digits file is corrupted: it unpacked to {bytes} bytes, expected {expected}.': '숫자 데이터 파일이 손상되었습니다. 압축을 풀면 {bytes}바이트인데 {expected}바이트여야 합니다.',
  'The digits file is corrupted: image {index} has label {label}.': '숫자 데이터 파일이 손상되었습니다. {index}번 이미지의 레이블이 {label}입니다.',

  // ---- src/ml/trainers/customLoss.ts: a typed loss that diverges ----
  'The loss formulas did not pass their checks; press Reset to start from the defaults.': '손실 식이 검사를 통과하지 못했습니다. 초기화를 눌러 기본값에서 시작하세요.',
  "The discriminator's loss {formula} became {value} by step {step}: it diverges. The weights from step {from} are back, and training uses the last formula that worked, {previous}.":
    '판별자 손실 {formula}이(가) {step}스텝까지 {value}이(가) 되었습니다. 발산하는 식입니다. {from}스텝의 가중치로 되돌렸고, 학습에는 마지막으로 잘 동작한 식 {previous}을(를) 씁니다.',
  "The generator's loss {formula} became {value} by step {step}: it diverges. The weights from step {from} are back, and training uses the last formula that worked, {previous}.":
    '생성자 손실 {formula}이(가) {step}스텝까지 {value}이(가) 되었습니다. 발산하는 식입니다. {from}스텝의 가중치로 되돌렸고, 학습에는 마지막으로 잘 동작한 식 {previous}을(를) 씁니다.',
  'Edit the formula (a log of something that can reach 0 or below, or a power or exp that grows without bound, are the usual causes), or press Run to go on with the last one that worked.':
    '식을 고쳐 보세요(0 이하가 될 수 있는 값의 log, 한없이 커지는 거듭제곱이나 exp가 흔한 원인입니다). 아니면 실행을 눌러 마지막으로 잘 동작한 식으로 계속 학습하세요.',
  'The losses became {value} by step {step}: training diverged with these formulas. The weights from step {from} are back.':
    '{step}스텝까지 손실이 {value}이(가) 되었습니다. 이 식들로는 학습이 발산합니다. {from}스텝의 가중치로 되돌렸습니다.',
  'Lower the learning rates and press Run, or press Reset.': '학습률을 낮추고 실행을 누르거나, 초기화를 누르세요.',

  // ---- src/ml (other errors a learner can meet through "Training failed: …") ----
  'Custom filter weight {key} must be a number, got {value}.': '사용자 지정 필터 가중치 {key}은(는) 수여야 하는데 {value}입니다.',
  'Fitting a Gaussian needs at least two codes.': '가우시안을 맞추려면 코드가 두 개 이상 필요합니다.',
  'The covariance of the codes is not positive definite.': '코드의 공분산 행렬이 양의 정부호가 아닙니다.',
  'Inverted digits need some digits to invert.': '반전된 숫자를 만들려면 반전할 숫자가 있어야 합니다.',
  'The latent size must be a whole number ≥ 1, got {latentSize}.': '잠재 크기는 1 이상의 정수여야 하는데 {latentSize}입니다.',
  'Input size must be a whole number ≥ 1, got {n}.': '입력 크기는 1 이상의 정수여야 하는데 {n}입니다.',
  'Kernel size must be a whole number ≥ 1, got {k}.': '커널 크기는 1 이상의 정수여야 하는데 {k}입니다.',
  'Stride must be a whole number ≥ 1, got {s}.': '스트라이드는 1 이상의 정수여야 하는데 {s}입니다.',
  'Padding must be a whole number ≥ 0, got {p}.': '패딩은 0 이상의 정수여야 하는데 {p}입니다.',

  // ---- components/views/gan1dView.ts and charts.ts (legend labels of the series keys; 'unknown' is a readout not yet known) ----
  'Orange arrows on D(x): where the generator’s loss pushes the fakes at that x through D, and how hard.':
    'D(x) 위의 주황 화살표: 생성자의 손실이 D를 거쳐 그 x에 있는 가짜를 어느 쪽으로, 얼마나 세게 미는지 나타냅니다.',
  'real p_data': '실제 p_data',
  'generated p_g': '생성 p_g',
  'D*(x), optimal': 'D*(x), 최적',
  density: '밀도',
  'Real and generated densities': '실제 밀도와 생성 밀도',
  'Discriminator output and the optimal discriminator': '판별자 출력과 최적 판별자',
  unknown: '알 수 없음',
  'The charts appear when the cell runs.': '셀을 실행하면 차트가 나타납니다.',
  'Generated samples have mean {genMean} and spread {genStd}; the real data has mean {targetMean} and spread {targetStd}. On average D gives the fakes {dOfG} (0.5 at the equilibrium), and the Jensen-Shannon divergence is {js} nats (0 when the densities match).':
    '생성 샘플의 평균은 {genMean}, 퍼짐은 {genStd}이고, 실제 데이터의 평균은 {targetMean}, 퍼짐은 {targetStd}입니다. D가 가짜에 주는 값은 평균 {dOfG}입니다(균형점에서 0.5). 젠슨-섀넌 발산은 {js} nats입니다(두 밀도가 같으면 0).',

  // ---- components/views/saturationView.ts ----
  'minimax: log(1 − d)': '미니맥스: log(1 − d)',
  'non-saturating: −log d': '비포화: −log d',
  'generator loss': '생성자 손실',
  'Both generator losses against D(G(z))': 'D(G(z))에 따른 두 생성자 손실',
  '|slope| w.r.t. d': 'd에 대한 |기울기|',
  'Size of each loss’s slope against D(G(z))': 'D(G(z))에 따른 각 손실의 기울기 크기',
  // summary: one sentence per loss in training (minimax, non-saturating)
  "D gives the fakes {dOfG} on average. There the minimax loss has slope {mm} and the non-saturating loss {ns}; through D's sigmoid the generator receives {mmLogit} and {nsLogit}. Training uses the minimax loss.":
    'D가 가짜에 주는 값은 평균 {dOfG}입니다. 그 지점에서 미니맥스 손실의 기울기는 {mm}, 비포화 손실의 기울기는 {ns}입니다. D의 시그모이드를 거치면 생성자가 받는 기울기는 각각 {mmLogit}, {nsLogit}입니다. 지금은 미니맥스 손실로 학습합니다.',
  "D gives the fakes {dOfG} on average. There the minimax loss has slope {mm} and the non-saturating loss {ns}; through D's sigmoid the generator receives {mmLogit} and {nsLogit}. Training uses the non-saturating loss.":
    'D가 가짜에 주는 값은 평균 {dOfG}입니다. 그 지점에서 미니맥스 손실의 기울기는 {mm}, 비포화 손실의 기울기는 {ns}입니다. D의 시그모이드를 거치면 생성자가 받는 기울기는 각각 {mmLogit}, {nsLogit}입니다. 지금은 비포화 손실로 학습합니다.',

  // ---- components/views/gan2dView.ts ----
  'D(x): how real D thinks a point is': 'D(x): D가 보기에 그 점이 진짜일 가능성',
  'Black dots: real data. Orange dots: generated. Background: D(x), blue = "real", red = "fake", white = unsure.':
    '검은 점: 실제 데이터. 주황 점: 생성된 데이터. 배경: D(x), 파랑 = "진짜", 빨강 = "가짜", 흰색 = 확신 없음.',
  'The chart appears when the cell runs.': '셀을 실행하면 차트가 나타납니다.',
  'Arrows: where the generator’s loss pushes each fake point through D, and how hard.':
    '화살표: 생성자의 손실이 D를 거쳐 각 가짜 점을 어느 쪽으로, 얼마나 세게 미는지 나타냅니다.',
  'Purple mesh: where the generator sends a regular grid of noise values.': '보라색 그물: 노이즈 값의 반듯한 격자가 생성자를 거쳐 옮겨 간 자리입니다.',
  'The real data are the points you placed ({count}); Clear my points returns to the shape.': '지금 실제 데이터는 직접 찍은 점 {count}개입니다. 내 점 지우기를 누르면 원래 모양으로 돌아갑니다.',
  'The real data are the points from the link ({count}); Clear my points returns to the shape.': '지금 실제 데이터는 링크에 담겨 온 점 {count}개입니다. 내 점 지우기를 누르면 원래 모양으로 돌아갑니다.',

  // ---- components/views/pointEditor.ts ----
  'Clear my points': '내 점 지우기',
  'Your own data: click or drag on the chart to place real points. From the keyboard, focus the chart and move the points shown with the arrow keys.':
    '나만의 데이터: 차트를 클릭하거나 드래그해서 실제 데이터 점을 찍으세요. 키보드로는 차트에 포커스를 두고 화살표 키로 보이는 점들을 옮길 수 있습니다.',
  'Chart of the 2-D GAN. Arrow keys move the real points; the generator then learns where they are.':
    '2차원 GAN 차트입니다. 화살표 키로 실제 데이터 점을 옮기면 생성자가 그 자리를 배웁니다.',
  'At most {max} points can be drawn; clear some to add more.': '점은 최대 {max}개까지 찍을 수 있습니다. 더 찍으려면 먼저 지우세요.',

  // ---- src/ml/data/drawnPoints.ts (checked on the page and in the worker) ----
  'The drawn points were not a list of numbers.': '찍은 점이 숫자 목록이 아닙니다.',
  'Drawn points come in x, y pairs, and at least one is needed.': '찍은 점은 x, y 쌍이어야 하고, 적어도 하나는 있어야 합니다.',
  'At most {max} points can be drawn; these were {count}.': '점은 최대 {max}개까지 찍을 수 있는데, {count}개였습니다.',
  'Drawn points must lie on the chart, between {lo} and {hi} on both axes.': '찍은 점은 차트 안, 두 축 모두 {lo}에서 {hi} 사이에 있어야 합니다.',
  'The link carries more than {max} drawn points. The shape chosen under Real data is used instead.': '링크에 담긴 점이 {max}개를 넘습니다. 대신 실제 데이터에서 고른 모양을 씁니다.',
  'The drawn points in the link are damaged (cut short, or not the course’s letters and digits). The shape chosen under Real data is used instead.':
    '링크에 담긴 점 정보가 손상되었습니다(중간에 잘렸거나, 이 코스가 쓰는 영문자와 숫자가 아닙니다). 대신 실제 데이터에서 고른 모양을 씁니다.',
  'The drawn points in the link must lie on the chart, between {lo} and {hi} on both axes. The shape chosen under Real data is used instead.':
    '링크에 담긴 점은 차트 안, 두 축 모두 {lo}에서 {hi} 사이에 있어야 합니다. 대신 실제 데이터에서 고른 모양을 씁니다.',
  'Discriminator output over the plane (background), real points (black) and generated points (orange)': '평면 위의 판별자 출력(배경), 실제 점(검정)과 생성된 점(주황)',
  'The Jensen-Shannon divergence between real and generated points is {js} nats (0 when they match, at most 0.693). On average D gives the generated points {dOfG} (0.5 at the equilibrium).':
    '실제 점과 생성된 점 사이의 젠슨-섀넌 발산은 {js} nats입니다(같으면 0, 최대 0.693). D가 생성된 점에 주는 값은 평균 {dOfG}입니다(균형점에서 0.5).',

  // ---- components/views/customLossView.ts ----
  'Discriminator and generator loss over training steps': '학습 스텝에 따른 판별자 손실과 생성자 손실',
  'At the last evaluation your discriminator loss is {d} and your generator loss is {g}.': '마지막 평가에서 직접 쓴 판별자 손실은 {d}, 생성자 손실은 {g}입니다.',
  'Here D(x) and D(G(z)) are the raw scores (logits) of the discriminator, any real number; the background below shows σ of the score.': '여기서 D(x)와 D(G(z))는 판별자의 원점수(로짓)로, 어떤 실수든 될 수 있습니다. 아래 배경은 점수에 σ를 씌운 값입니다.',
  'Here D(x) and D(G(z)) are probabilities: σ of the discriminator’s score, between 0 and 1.': '여기서 D(x)와 D(G(z))는 확률입니다. 판별자 점수에 σ를 씌운 값으로, 0과 1 사이입니다.',

  // ---- components/views/dcganView.ts (also the speed page's reference DCGAN and the LSGAN's halves) ----
  'D loss': 'D 손실',
  'G loss': 'G 손실',
  'D(x), real': 'D(x), 진짜',
  'D(G(z)), fake': 'D(G(z)), 가짜',
  'digit score': '숫자 점수',
  'confidence × 10': '확신도 × 10',
  share: '비율',
  step: '스텝',
  'classified as': '분류 결과',
  'Share of generated digits the classifier assigns to each class, with real digits as ticks': '분류기가 생성된 숫자를 각 클래스로 분류한 비율(눈금: 실제 숫자의 비율)',
  'Model: G {g0}·{g1}, D {d0}·{d1} channels.': '모델: G {g0}·{g1}, D {d0}·{d1} 채널.',
  'Model: G {g0}·{r}·{g1} (a second 7×7 layer of {r}), D {d0}·{d1} channels.': '모델: G {g0}·{r}·{g1}(7×7 층 {r} 채널 하나 추가), D {d0}·{d1} 채널.',
  "D's weights are spectrally normalised: each layer is divided by its largest singular value.": 'D의 가중치에는 스펙트럼 정규화가 적용되어 있습니다. 층마다 가중치를 가장 큰 특잇값으로 나눕니다.',
  digit: '숫자',
  'Class shares of generated digits over training': '학습하는 동안 생성된 숫자의 클래스별 비율',
  'Samples from fixed noise.': '고정된 노이즈에서 뽑은 샘플.',
  'Generated digits from fixed noise, now': '고정된 노이즈로 지금 생성한 숫자',
  'Earlier samples.': '이전 샘플.',
  'Generated digits from the same noise at an earlier step': '같은 노이즈로 이전 스텝에 생성한 숫자',
  'Earlier grid': '이전 격자',
  'The samples and charts appear when the cell runs.': '셀을 실행하면 샘플과 차트가 나타납니다.',
  'The same noise at step {step} ({index} of {count} snapshots).': '{step}스텝에서 같은 노이즈로 만든 숫자(스냅숏 {count}개 중 {index}번째).',
  'step {step}': '{step}스텝',
  'Earlier grid: step {step}': '이전 격자: {step}스텝',
  'Step {step}: 64 samples from fixed noise. Digit score {digitScore}, confidence {confidence}.': '{step}스텝: 고정된 노이즈에서 뽑은 샘플 64개. 숫자 점수 {digitScore}, 확신도 {confidence}.',
  'mean D score': '평균 D 점수',
  'mean D': '평균 D',
  loss: '손실',
  'Discriminator and generator losses over training': '학습하는 동안의 판별자 손실과 생성자 손실',
  'Mean discriminator output on real and generated digits over training, with the one-half line': '학습하는 동안 실제 숫자와 생성된 숫자에 대한 판별자의 평균 출력(½ 기준선 포함)',
  score: '점수',
  "Digit score and confidence over training; the dashed line is real digits' score, {realDigitScore}": '학습하는 동안의 숫자 점수와 확신도. 점선은 실제 숫자의 점수 {realDigitScore}입니다',
  // summary: the model line above, when known, then this sentence
  'Step {step}. D loss {dLoss}, G loss {gLoss}; mean D(x) {dReal} and D(G(z)) {dFake} (½ when D cannot tell). Digit score {digitScore} of 10 (real digits score {realDigitScore}), confidence {confidence}; the most common class is {top} with {share}% of samples.':
    '{step}스텝. D 손실 {dLoss}, G 손실 {gLoss}. 평균 D(x)는 {dReal}, D(G(z))는 {dFake}입니다(D가 구별하지 못하면 ½). 숫자 점수는 10점 만점에 {digitScore}점(실제 숫자는 {realDigitScore}점), 확신도는 {confidence}입니다. 가장 많은 클래스는 {top}(으)로 샘플의 {share}%입니다.',

  // ---- components/views/cnnBlocksView.ts ----
  'The input digit with its zero padding': '0으로 패딩한 입력 숫자',
  'The 3x3 filter weights': '3x3 필터 가중치',
  'Filter (3x3): the same 9 weights at every position': '필터(3x3): 모든 위치에서 같은 가중치 9개',
  'The feature map: the filter applied at every position': '특징 맵: 모든 위치에 필터를 적용한 결과',
  'The feature map after pooling': '풀링한 뒤의 특징 맵',
  'The pooled map enlarged by a transposed convolution': '전치 합성곱으로 키운 풀링 맵',
  'How many kernel stamps land on each output pixel': '출력 픽셀마다 커널이 몇 번 찍히는지',
  'The pictures appear when the cell runs.': '셀을 실행하면 그림이 나타납니다.',
  // input caption: one sentence for no padding, one ring, several rings
  'Input: {n}×{n}, padded to {padded}×{padded} with {p} ring of zeros (tinted)': '입력: {n}×{n}, 0으로 된 테두리 {p}겹을 둘러 {padded}×{padded}(색칠된 부분)',
  'Input: {n}×{n}, padded to {padded}×{padded} with {p} rings of zeros (tinted)': '입력: {n}×{n}, 0으로 된 테두리 {p}겹을 둘러 {padded}×{padded}(색칠된 부분)',
  'Input: {n}×{n}, no padding': '입력: {n}×{n}, 패딩 없음',
  'Feature map: ⌊({n} + 2·{p} − {k}) / {s}⌋ + 1 = {outSize}. Orange positive, blue negative.': '특징 맵: ⌊({n} + 2·{p} − {k}) / {s}⌋ + 1 = {outSize}. 주황은 양수, 파랑은 음수.',
  // pooled caption: one sentence per pooling mode (max, average; the last when the mode is unknown)
  'After max pooling (window {poolWindow}, no weights): ⌊({outSize} − {poolWindow}) / {poolWindow}⌋ + 1 = {pooledSize}; still one channel.':
    '최대 풀링 후(창 {poolWindow}, 가중치 없음): ⌊({outSize} − {poolWindow}) / {poolWindow}⌋ + 1 = {pooledSize}. 채널은 여전히 하나입니다.',
  'After average pooling (window {poolWindow}, no weights): ⌊({outSize} − {poolWindow}) / {poolWindow}⌋ + 1 = {pooledSize}; still one channel.':
    '평균 풀링 후(창 {poolWindow}, 가중치 없음): ⌊({outSize} − {poolWindow}) / {poolWindow}⌋ + 1 = {pooledSize}. 채널은 여전히 하나입니다.',
  'After pooling (window {poolWindow}, no weights): ⌊({outSize} − {poolWindow}) / {poolWindow}⌋ + 1 = {pooledSize}; still one channel.':
    '풀링 후(창 {poolWindow}, 가중치 없음): ⌊({outSize} − {poolWindow}) / {poolWindow}⌋ + 1 = {pooledSize}. 채널은 여전히 하나입니다.',
  'No pooling: the map stays {pooledSize}×{pooledSize}.': '풀링 없음: 맵은 {pooledSize}×{pooledSize} 그대로입니다.',
  'Up-convolution: ({upIn} − 1)·{upStride} − 2·{upPadding} + {upKernel} = {upSize}.': '업컨볼루션: ({upIn} − 1)·{upStride} − 2·{upPadding} + {upKernel} = {upSize}.',
  'Stamps per pixel: uneven ({upKernel} is not divisible by {upStride}), a checkerboard.': '픽셀당 찍힌 횟수: 고르지 않음({upKernel}은(는) {upStride}(으)로 나누어떨어지지 않음), 체커보드 무늬.',
  'Stamps per pixel: even inside ({upKernel} is divisible by {upStride}): no checkerboard.': '픽셀당 찍힌 횟수: 안쪽은 고름({upKernel}은(는) {upStride}(으)로 나누어떨어짐), 체커보드 무늬 없음.',
  // summary: one sentence with a checkerboard, one without
  'A {n} by {n} digit with padding {p}, filtered at stride {s}, gives a {outSize} by {outSize} feature map; after pooling {pooledSize} by {pooledSize}; the transposed convolution with kernel {upKernel}, stride {upStride}, padding {upPadding} makes it {upSize} by {upSize}, with a checkerboard.':
    '{n}×{n} 숫자에 패딩 {p}를 두고 스트라이드 {s}로 필터를 적용하면 {outSize}×{outSize} 특징 맵이 됩니다. 풀링하면 {pooledSize}×{pooledSize}, 커널 {upKernel}, 스트라이드 {upStride}, 패딩 {upPadding}의 전치 합성곱을 거치면 {upSize}×{upSize}가 되고, 체커보드 무늬가 생깁니다.',
  'A {n} by {n} digit with padding {p}, filtered at stride {s}, gives a {outSize} by {outSize} feature map; after pooling {pooledSize} by {pooledSize}; the transposed convolution with kernel {upKernel}, stride {upStride}, padding {upPadding} makes it {upSize} by {upSize}, without a checkerboard.':
    '{n}×{n} 숫자에 패딩 {p}를 두고 스트라이드 {s}로 필터를 적용하면 {outSize}×{outSize} 특징 맵이 됩니다. 풀링하면 {pooledSize}×{pooledSize}, 커널 {upKernel}, 스트라이드 {upStride}, 패딩 {upPadding}의 전치 합성곱을 거치면 {upSize}×{upSize}가 되고, 체커보드 무늬는 생기지 않습니다.',

  // ---- components/views/autoencoderView.ts ----
  'held-out digits': '떼어 둔 숫자',
  'non-digits': '숫자가 아닌 이미지',
  'Held-out digits and their reconstructions': '떼어 둔 숫자와 그 복원 결과',
  'Non-digits (top) and what the autoencoder makes of them (bottom).': '숫자가 아닌 이미지(위)와 오토인코더가 복원한 결과(아래).',
  'Non-digit images and their reconstructions': '숫자가 아닌 이미지와 그 복원 결과',
  'Top: noisy inputs (noise {noise}). Middle: reconstructions. Bottom: the clean digits the decoder is asked for.': '위: 노이즈를 더한 입력(노이즈 {noise}). 가운데: 복원 결과. 아래: 디코더가 만들어야 할 깨끗한 숫자.',
  'Top: held-out digits. Bottom: their reconstructions through a code of {latentSize} numbers.': '위: 떼어 둔 숫자. 아래: 수 {latentSize}개짜리 코드를 거쳐 복원한 결과.',
  'principal component 1': '주성분 1',
  'principal component 2': '주성분 2',
  'code 1': '코드 1',
  'code 2': '코드 2',
  'Codes of 160 held-out digits, each drawn as its digit: {latentSize} numbers, seen along their two main directions (set the latent size to 2 to see them exactly).':
    '떼어 둔 숫자 160개의 코드를 각자의 숫자로 그렸습니다. 코드는 수 {latentSize}개이고, 두 주요 방향에서 본 모습입니다(정확히 보려면 잠재 크기를 2로 두세요).',
  'Codes of 160 held-out digits, each drawn as its digit, at their exact 2-D code.': '떼어 둔 숫자 160개의 코드를 각자의 숫자로, 정확한 2차원 코드 위치에 그렸습니다.',
  'reconstruction error (per-pixel MSE)': '재구성 오차(픽셀당 MSE)',
  'share of images': '이미지 비율',
  'Dashed line: threshold {threshold}. Right of it counts as "not a digit": {detection}% of non-digits caught, {falseAlarms}% of real digits wrongly flagged.':
    '점선: 임곗값 {threshold}. 그 오른쪽은 "숫자 아님"으로 판정합니다. 숫자가 아닌 이미지의 {detection}%를 잡아냈고, 실제 숫자의 {falseAlarms}%를 잘못 표시했습니다.',
  // summary: the first sentence when the training loss is known, the second before it is
  'Held-out reconstruction error {heldOutError}, training loss {reconLoss}. At threshold {threshold}, {detection}% of non-digits are detected and {falseAlarms}% of digits are false alarms.':
    '떼어 둔 숫자의 재구성 오차 {heldOutError}, 학습 손실 {reconLoss}. 임곗값 {threshold}에서 숫자가 아닌 이미지의 {detection}%를 탐지하고, 숫자의 {falseAlarms}%를 잘못 경보합니다.',
  'Held-out reconstruction error {heldOutError}. At threshold {threshold}, {detection}% of non-digits are detected and {falseAlarms}% of digits are false alarms.':
    '떼어 둔 숫자의 재구성 오차 {heldOutError}. 임곗값 {threshold}에서 숫자가 아닌 이미지의 {detection}%를 탐지하고, 숫자의 {falseAlarms}%를 잘못 경보합니다.',

  // ---- components/views/aeVsGanView.ts ----
  'Autoencoder decoder applied to random latent vectors': '무작위 잠재 벡터에 적용한 오토인코더의 디코더',
  'GAN generator samples from random noise': '무작위 노이즈로 만든 GAN 생성자 샘플',
  'The samples appear when the cell runs.': '셀을 실행하면 샘플이 나타납니다.',
  // autoencoder caption: one sentence per way of drawing z (the last when the payload names none of them)
  'Autoencoder: decoder(z), z drawn from a Gaussian fitted to its codes (latent size {latentSize}). Digit score {aeDigitScore}, confidence {aeConfidence}.':
    '오토인코더: decoder(z), z는 코드에 맞춘 가우시안에서 뽑음(잠재 크기 {latentSize}). 숫자 점수 {aeDigitScore}, 확신도 {aeConfidence}.',
  'Autoencoder: decoder(z), z drawn from a Gaussian with each code number’s own spread (latent size {latentSize}). Digit score {aeDigitScore}, confidence {aeConfidence}.':
    '오토인코더: decoder(z), z는 코드 성분마다 퍼짐만 따로 맞춘 가우시안에서 뽑음(잠재 크기 {latentSize}). 숫자 점수 {aeDigitScore}, 확신도 {aeConfidence}.',
  'Autoencoder: decoder(z), z drawn from N(0, 1) (latent size {latentSize}). Digit score {aeDigitScore}, confidence {aeConfidence}.':
    '오토인코더: decoder(z), z는 N(0, 1)에서 뽑음(잠재 크기 {latentSize}). 숫자 점수 {aeDigitScore}, 확신도 {aeConfidence}.',
  'Autoencoder: decoder(z), z drawn from a Gaussian (latent size {latentSize}). Digit score {aeDigitScore}, confidence {aeConfidence}.':
    '오토인코더: decoder(z), z는 가우시안에서 뽑음(잠재 크기 {latentSize}). 숫자 점수 {aeDigitScore}, 확신도 {aeConfidence}.',
  'GAN: generator(z), z drawn from N(0, 1) (latent size {latentSize}). Digit score {ganDigitScore}, confidence {ganConfidence}.':
    'GAN: generator(z), z는 N(0, 1)에서 뽑음(잠재 크기 {latentSize}). 숫자 점수 {ganDigitScore}, 확신도 {ganConfidence}.',
  'Autoencoder samples: digit score {aeDigitScore}, confidence {aeConfidence}. GAN samples: digit score {ganDigitScore}, confidence {ganConfidence}. Real digits score {realDigitScore}.':
    '오토인코더 샘플: 숫자 점수 {aeDigitScore}, 확신도 {aeConfidence}. GAN 샘플: 숫자 점수 {ganDigitScore}, 확신도 {ganConfidence}. 실제 숫자의 점수는 {realDigitScore}입니다.',

  // ---- components/views/cycle2dView.ts ----
  'X (left, coloured by place on its shape) → G(x) (solid arrows, over Y in grey) → F(G(x)) (dashed arrows, hollow circles). A kept correspondence brings each circle back to its start.':
    'X(왼쪽, 모양 위의 위치에 따라 색칠) → G(x)(실선 화살표, 회색 Y 위) → F(G(x))(점선 화살표, 빈 원). 대응 관계가 유지되면 각 원이 출발점으로 돌아옵니다.',
  'The other way: Y (right) → F(y) over X → G(F(y)).': '반대 방향: Y(오른쪽) → X 위의 F(y) → G(F(y)).',
  'Domain X translated by G into Y and back by F': 'G로 Y로 변환했다가 F로 되돌린 도메인 X',
  'Domain Y translated by F into X and back by G': 'F로 X로 변환했다가 G로 되돌린 도메인 Y',
  'λ = {lambda}. Cycle error {cycleError}: a round trip lands that far from its start on average. Translation gap {translationGap}: how far the translated clouds are from the other domain.':
    'λ = {lambda}. 순환 오차 {cycleError}: 한 바퀴 돌아온 점은 평균적으로 출발점에서 이만큼 떨어집니다. 변환 간격 {translationGap}: 변환된 점 구름이 상대 도메인에서 떨어진 정도입니다.',

  // ---- components/views/cycleImagesView.ts ----
  'x (plain)': 'x (무늬 없음)',
  'y (striped)': 'y (줄무늬)',
  'Held-out plain digits, G’s striped version, F’s way back, and in red where the round trip misses.': '떼어 둔 무늬 없는 숫자, G가 만든 줄무늬 버전, F로 되돌린 결과, 그리고 왕복이 어긋난 곳(빨강).',
  'Plain digits x, their translations G(x), the round trips F(G(x)) and the error heatmap': '무늬 없는 숫자 x, 변환 결과 G(x), 왕복 결과 F(G(x))와 오차 히트맵',
  'Held-out striped digits (other digits than above), F’s plain version, G’s way back, and the error.': '떼어 둔 줄무늬 숫자(위와 다른 숫자), F가 만든 무늬 없는 버전, G로 되돌린 결과, 그리고 오차.',
  'Striped digits y, their translations F(y), the round trips G(F(y)) and the error heatmap': '줄무늬 숫자 y, 변환 결과 F(y), 왕복 결과 G(F(y))와 오차 히트맵',
  'The images appear when the cell runs.': '셀을 실행하면 이미지가 나타납니다.',
  // summary: these parts joined with a space, the second and third only when known
  'λ = {lambda}.': 'λ = {lambda}.',
  '{gStriped}% of translated plain digits carry stripes; {fPlain}% of translated striped digits are plain.': '변환된 무늬 없는 숫자의 {gStriped}%에 줄무늬가 생겼고, 변환된 줄무늬 숫자의 {fPlain}%가 무늬 없는 숫자가 되었습니다.',
  'Cycle error {cycleError}.': '순환 오차 {cycleError}.',

  // ---- components/views/latentWalkView.ts ----
  // legend labels of the norm chart (series keys 'slerp' and 'lerp')
  slerp: '구면 (slerp)',
  lerp: '직선 (lerp)',
  't along the leg': '구간 위의 t',
  'Length of z along the spherical and the straight path; random vectors have length near {shell}': '구면 경로와 직선 경로를 따라간 z의 길이. 무작위 벡터의 길이는 {shell} 근처입니다',
  'Images along the path between two latent vectors': '두 잠재 벡터 사이 경로 위의 이미지',
  'The walker: the image at the current point of the walk': '걷는 잠재 벡터가 지금 있는 곳의 이미지',
  'The walker with one latent coordinate nudged from minus to plus the amount': '걷는 잠재 벡터의 좌표 하나만 −양부터 +양까지 움직인 이미지들',
  'The walk appears when the cell runs.': '셀을 실행하면 잠재 공간 걷기가 나타납니다.',
  // strip caption: one sentence per path (spherical, straight; the last when the payload names neither)
  'Leg {leg}: {frames} points on the spherical (slerp) path from one endpoint to the next. The classifier reads: {classes}.':
    '구간 {leg}: 한 끝점에서 다음 끝점까지 구면(slerp) 경로 위의 점 {frames}개. 분류 결과: {classes}.',
  'Leg {leg}: {frames} points on the straight (lerp) path from one endpoint to the next. The classifier reads: {classes}.':
    '구간 {leg}: 한 끝점에서 다음 끝점까지 직선(lerp) 경로 위의 점 {frames}개. 분류 결과: {classes}.',
  'Leg {leg}: {frames} points on the chosen path from one endpoint to the next. The classifier reads: {classes}.':
    '구간 {leg}: 한 끝점에서 다음 끝점까지 선택한 경로 위의 점 {frames}개. 분류 결과: {classes}.',
  'Walker at t = {t}, ‖z‖ = {norm}: a {digit}.': '걷는 잠재 벡터: t = {t}, ‖z‖ = {norm}, 분류 결과 {digit}.',
  'The walker with z[{dimension}] changed by −{amount} … +{amount}. The classifier reads: {classes}.': '걷는 잠재 벡터에서 z[{dimension}]만 −{amount} … +{amount} 범위로 바꾼 이미지. 분류 결과: {classes}.',
  // ---- components/views/latentLabPanel.ts ----
  'Latent lab': '잠재 공간 실험실',
  'Sixteen samples of the generator; click one to start the interpolation there, a second to end it': '생성자가 그린 샘플 16개. 하나를 누르면 보간이 거기서 시작하고, 하나를 더 누르면 거기서 끝납니다',
  'The same sixteen samples after adding the attribute vector': '속성 벡터를 더한 뒤의 같은 샘플 16개',
  'Images on the path between the two picked samples': '고른 두 샘플 사이 경로 위의 이미지',
  ink: '잉크(획 두께)',
  slant: '기울기',
  width: '너비',
  'Click a sample to start the interpolation there (purple), then another to end it (orange). The classifier reads: {classes}.':
    '샘플을 하나 누르면 보간이 거기서 시작하고(보라), 다른 샘플을 누르면 거기서 끝납니다(주황). 분류 결과: {classes}.',
  'Each sample plus {amount} × the {attribute} vector: {moved} of 16 moved the intended way, measured on the images; {kept} of 16 still read as the same digit.':
    '각 샘플에 {attribute} 벡터를 {amount}배 더했습니다. 이미지에서 재어 보니 16개 중 {moved}개가 뜻한 방향으로 바뀌었고, {kept}개는 여전히 같은 숫자로 읽힙니다.',
  'From sample {a} to sample {b}.': '샘플 {a}에서 샘플 {b}까지.',

  // ---- components/views/lsganView.ts and galleryCharts.ts ----
  'cross-entropy': '교차 엔트로피',
  'least squares': '최소제곱',
  'Cross-entropy DCGAN.': '교차 엔트로피 DCGAN.',
  'Digits from the DCGAN trained with cross-entropy': '교차 엔트로피로 학습한 DCGAN의 숫자',
  'Least-squares DCGAN.': '최소제곱 DCGAN.',
  'Digits from the same DCGAN trained with least squares': '같은 DCGAN을 최소제곱으로 학습한 쪽의 숫자',
  'The loss and gradient curves and both models’ samples appear when the cell starts.': '셀을 시작하면 손실·기울기 곡선과 두 모델의 샘플이 나타납니다.',
  'D’s raw output v on a fake (logit / score)': '가짜에 대한 D의 출력 v(로짓 / 점수)',
  'Generator loss against the discriminator output: softplus(−v) and ½(v − 1)²': '판별자 출력에 따른 생성자 손실: softplus(−v)와 ½(v − 1)²',
  'D’s raw output v on a fake': '가짜에 대한 D의 출력 v',
  '|d loss / dv|': '|d 손실 / dv|',
  'Size of the generator gradient against the discriminator output: σ(−v) vanishes for large v, |v − 1| does not': '판별자 출력에 따른 생성자 기울기의 크기: σ(−v)는 v가 크면 사라지지만 |v − 1|은 사라지지 않습니다',
  'Cross-entropy, step {step}: digit score {score}.': '교차 엔트로피, {step}스텝: 숫자 점수 {score}.',
  'Least squares, same seed, step {step}: digit score {score}.': '최소제곱, 같은 시드, {step}스텝: 숫자 점수 {score}.',
  'Digit scores of both models over training; dashed: real digits, {realDigitScore}': '학습하는 동안 두 모델의 숫자 점수. 점선: 실제 숫자, {realDigitScore}',
  "Step {step}. Same seed, same batches: the cross-entropy DCGAN scores {bceScore}, the least-squares one {lsScore} (real digits {realDigitScore}). The left charts show why least squares keeps pushing: its gradient |v − 1| grows with distance from the target, while cross-entropy's σ(−v) fades once D's logit is large.":
    '{step}스텝. 같은 시드, 같은 배치: 교차 엔트로피 DCGAN은 {bceScore}점, 최소제곱 DCGAN은 {lsScore}점입니다(실제 숫자 {realDigitScore}점). 왼쪽 차트는 최소제곱이 계속 밀어 주는 이유를 보여 줍니다. 최소제곱의 기울기 |v − 1|은 목표에서 멀수록 커지지만, 교차 엔트로피의 σ(−v)는 D의 로짓이 커지면 사라집니다.',

  // ---- components/views/sganView.ts ----
  'semi-supervised GAN': '준지도 GAN',
  'labels only': '레이블만',
  'The labelled digits.': '레이블 있는 숫자.',
  'The labelled training digits': '레이블 있는 학습용 숫자',
  'Generator samples.': '생성자 샘플.',
  'Digits drawn by the generator from fixed noise': '생성자가 고정된 노이즈로 그린 숫자',
  'The digits and accuracy curves appear when the cell starts.': '셀을 시작하면 숫자와 정확도 곡선이 나타납니다.',
  // `The ${labels} labelled digits${labels > 100 ? ' (first 100 shown)' : ''}: all the labels …`
  'The {labels} labelled digits: all the labels either classifier ever sees.': '레이블 있는 숫자 {labels}개: 두 분류기가 보는 레이블은 이것이 전부입니다.',
  'The {labels} labelled digits (first 100 shown): all the labels either classifier ever sees.': '레이블 있는 숫자 {labels}개(처음 100개만 표시): 두 분류기가 보는 레이블은 이것이 전부입니다.',
  "Generator samples at step {step}: feature matching aims for D's features, not for pretty digits.": '{step}스텝의 생성자 샘플: 특징 매칭은 보기 좋은 숫자가 아니라 D의 특징을 목표로 합니다.',
  'held-out accuracy %': '떼어 둔 숫자 정확도 %',
  'Held-out accuracy over training of the semi-supervised discriminator and of the labels-only baseline': '학습하는 동안 준지도 판별자와 레이블 전용 기준 모델의 떼어 둔 숫자 정확도',
  'Step {step}, {labels} labelled digits. Held-out accuracy: semi-supervised GAN {ganAccuracy}%, the same network on the labels alone {baselineAccuracy}%.':
    '{step}스텝, 레이블 있는 숫자 {labels}개. 떼어 둔 숫자 정확도: 준지도 GAN {ganAccuracy}%, 같은 신경망을 레이블만으로 학습한 경우 {baselineAccuracy}%.',

  // ---- components/views/acganView.ts ----
  'class match': '클래스 일치율',
  'Row r: the digit r. Column: one noise vector z.': 'r번째 행: 숫자 r. 열: 노이즈 벡터 z 하나.',
  'Ten rows of generated digits, zero to nine; each column shares one noise vector': '0부터 9까지 생성된 숫자 열 행. 각 열은 노이즈 벡터 하나를 공유합니다',
  'The picked digit.': '고른 숫자.',
  'Sixteen generated samples of the picked digit': '고른 숫자로 생성한 샘플 16개',
  'The class grid appears when the cell starts.': '셀을 시작하면 클래스 격자가 나타납니다.',
  'Sixteen {digit}s: the class is fixed, only z changes.': '숫자 {digit} 16개: 클래스는 고정되고 z만 바뀝니다.',
  'requested digit': '요청한 숫자',
  'class match %': '클래스 일치율 %',
  'Share of generated digits of each requested class that the classifier files under that class': '요청한 클래스마다, 생성된 숫자를 분류기가 그 클래스로 분류한 비율',
  'Class match over training; dashed: chance, 10%': '학습하는 동안의 클래스 일치율. 점선: 무작위 수준 10%',
  'Step {step}. {classMatch}% of generated digits are classified as the digit that was asked for (chance: 10%); the hardest is {worst} at {worstShare}%.':
    '{step}스텝. 생성된 숫자의 {classMatch}%가 요청한 숫자로 분류됩니다(무작위 수준 10%). 가장 어려운 숫자: {worst}(일치율 {worstShare}%).',

  // ---- components/views/adainView.ts ----
  'μ(x) before': 'μ(x) (AdaIN 전)',
  'μ after = y_b': 'μ (AdaIN 후) = y_b',
  'σ(x) before': 'σ(x) (AdaIN 전)',
  '|σ| after = |y_s|': '|σ| (AdaIN 후) = |y_s|',
  'Style mixing. Top row: the column latents’ own digits; left column: the row latents’ own. Inside: coarse (7×7) styles from the row, fine (14×14) styles from the column.':
    '스타일 혼합. 맨 위 행: 각 열 잠재 벡터의 숫자. 왼쪽 열: 각 행 잠재 벡터의 숫자. 안쪽: 거친(7×7) 스타일은 행에서, 세밀한(14×14) 스타일은 열에서 가져옵니다.',
  'Style-mixing grid: each inner digit takes its coarse styles from its row and its fine styles from its column': '스타일 혼합 격자: 안쪽의 각 숫자는 거친 스타일을 행에서, 세밀한 스타일을 열에서 가져옵니다',
  'Digits from the style-based generator': '스타일 기반 생성자가 만든 숫자',
  'The style-mixing grid appears when the cell starts.': '셀을 시작하면 스타일 혼합 격자가 나타납니다.',
  'channel of the coarse 7×7 map (top-left digit’s row latent)': '거친 7×7 맵의 채널(왼쪽 위 숫자의 행 잠재 벡터)',
  value: '값',
  'Per-channel mean and deviation of one coarse feature map before AdaIN and after: after AdaIN they equal the style y computed from w':
    '거친 특징 맵 하나의 채널별 평균과 표준편차(AdaIN 전후). AdaIN 뒤에는 w에서 계산한 스타일 y와 같아집니다',
  'Digit score over training': '학습하는 동안의 숫자 점수',
  "Step {step}, digit score {digitScore}. The {rows}×{cols} mixing grid takes coarse styles from each row's latent and fine styles from each column's; after AdaIN each channel's mean and deviation are exactly the style's y_b and |y_s|, whatever they were before.":
    '{step}스텝, 숫자 점수 {digitScore}. {rows}×{cols} 혼합 격자는 거친 스타일을 각 행의 잠재 벡터에서, 세밀한 스타일을 각 열의 잠재 벡터에서 가져옵니다. AdaIN을 거치면 각 채널의 평균과 표준편차는 이전 값과 상관없이 정확히 스타일의 y_b와 |y_s|가 됩니다.',

  // ---- components/GanCards.astro ----
  'No single paper: a family of applications.': '논문 하나가 아니라 여러 응용을 묶어 부르는 이름입니다.',
  'Why not in your browser:': '브라우저에서 돌리지 않는 이유:',

  // ---- components/GanCards.ts (GAN_CARDS: name, does, whyNotHere, link text; paper titles and authors stay as published) ----
  'StackGAN: text to image': 'StackGAN: 텍스트에서 이미지로',
  'Draws a photo from a sentence ("a small bird with a red head and a short beak"). Stage I turns a text embedding into a rough 64×64 sketch of shape and colour; stage II, conditioned on the text again, refines it to 256×256 with detail. Conditioning augmentation samples the text code from a Gaussian so a few thousand captions cover a smooth space.':
    '문장 하나("머리가 빨갛고 부리가 짧은 작은 새")로 사진을 그립니다. 1단계는 텍스트 임베딩을 모양과 색만 잡은 거친 64×64 스케치로 바꾸고, 2단계는 텍스트를 다시 조건으로 받아 세부를 더한 256×256 이미지로 다듬습니다. 조건 증강(conditioning augmentation)은 텍스트 코드를 가우시안에서 뽑아, 수천 개의 캡션만으로도 매끄러운 공간을 채우게 합니다.',
  'It needs a pretrained text encoder and paired image–caption data (CUB birds: about 12,000 photos with ten captions each), and two 256×256 generators; training took days on a GPU.':
    '사전 학습된 텍스트 인코더와 이미지–캡션 쌍 데이터(CUB 새 데이터: 사진 약 12,000장에 캡션이 열 개씩), 그리고 256×256 생성자 두 개가 필요합니다. 학습에는 GPU로 며칠이 걸렸습니다.',
  'DiscoGAN: relations across domains': 'DiscoGAN: 도메인 사이의 관계',
  'Like CycleGAN, learns two translators between unpaired domains with a reconstruction loss that sends each image there and back (handbags ↔ shoes, male ↔ female faces), so that a bag’s colour and pattern reappear on the shoe it becomes.':
    'CycleGAN처럼, 쌍이 없는 두 도메인 사이의 변환기 두 개를 학습합니다. 각 이미지를 건너갔다 돌아오게 하는 재구성 손실을 쓰므로(핸드백 ↔ 신발, 남성 ↔ 여성 얼굴), 가방의 색과 무늬가 그 가방에서 만들어진 신발에 다시 나타납니다.',
  'Its idea runs in this course already, as CycleGAN on digits; the real domains are tens of thousands of 64×64 colour photos per side.':
    '같은 아이디어가 이미 이 코스에서 숫자에 대한 CycleGAN으로 돌아갑니다. 실제 도메인은 한쪽마다 64×64 컬러 사진이 수만 장입니다.',
  'The CycleGAN lesson': 'CycleGAN 강의',
  '“DesignGAN”: generating designs': '“DesignGAN”: 디자인 생성',
  'The course notes use the name for GANs that invent new designs, such as T-shirt prints or fashion items: a generator trained on a catalogue of existing designs, often conditioned on a category, colour or sketch, proposes new ones. It is a family of applications rather than one model; we do not know of a single paper the name refers to, so none is cited here.':
    '학습 노트는 티셔츠 프린트나 패션 아이템처럼 새 디자인을 만들어 내는 GAN을 이 이름으로 부릅니다. 기존 디자인 카탈로그로 학습한 생성자가, 흔히 카테고리·색·스케치를 조건으로 받아 새 디자인을 제안합니다. 모델 하나가 아니라 여러 응용을 묶은 이름이며, 이 이름이 가리키는 특정 논문을 알지 못하므로 여기서는 인용하지 않습니다.',
  'There is no standard dataset or architecture to reproduce; the applications train conditional GANs like the ACGAN above on large private catalogues of colour images.':
    '재현할 표준 데이터셋이나 구조가 없습니다. 이런 응용은 위의 ACGAN 같은 조건부 GAN을 비공개 대형 컬러 이미지 카탈로그로 학습시킵니다.',
  'StyleGAN at 1024×1024': '1024×1024 StyleGAN',
  'The full model behind the AdaIN cell above: an 8-layer mapping network to a 512-dimensional w, a synthesis network from 4×4 to 1024×1024 with AdaIN and per-pixel noise at every resolution, trained by progressive growing on 70,000 high-resolution faces (FFHQ). Style mixing separates pose (coarse), features (middle) and colour and micro-structure (fine).':
    '위 AdaIN 셀의 바탕이 된 전체 모델입니다. 8층 매핑 네트워크가 512차원 w를 만들고, 합성 네트워크가 해상도마다 AdaIN과 픽셀별 노이즈를 넣으며 4×4부터 1024×1024까지 키웁니다. 고해상도 얼굴 70,000장(FFHQ)으로 점진적으로 키우며(progressive growing) 학습했습니다. 스타일 혼합으로 자세(거친 층), 이목구비(중간 층), 색과 미세 구조(세밀한 층)가 나뉩니다.',
  'About 26 million generator parameters and images of three million pixel values each: the authors trained for about a week on eight GPUs. One of its forward passes costs more than a thousand training steps of the cells here.':
    '생성자 매개변수가 약 2,600만 개이고 이미지 한 장이 픽셀 값 300만 개입니다. 저자들은 GPU 여덟 대로 약 일주일 동안 학습했습니다. 순전파 한 번의 비용이 여기 셀의 학습 스텝 천 번보다 큽니다.',
  CycleGAN: 'CycleGAN',
  'Unpaired image-to-image translation with a cycle-consistency loss: horses ↔ zebras, summer ↔ winter, photos ↔ Monet.':
    '순환 일관성 손실을 이용한, 쌍이 없는 이미지 간 변환입니다. 말 ↔ 얼룩말, 여름 ↔ 겨울, 사진 ↔ 모네 그림.',
  'It has its own lesson, with a small version that does train in your browser (digits that learn to wear stripes).': '따로 강의가 있고, 브라우저에서 실제로 학습하는 작은 버전도 있습니다(줄무늬를 입는 법을 배우는 숫자).',
  'Go to the CycleGAN lesson': 'CycleGAN 강의로 가기',

  // ---- components/site/site.ts ----
  'GANs in your browser': '브라우저에서 배우는 GAN',
  'A hands-on course on generative adversarial networks. Every cell trains a real model in your own browser: no GPU, no install, no server.':
    '생성적 적대 신경망(GAN)을 직접 돌려 보며 배우는 코스입니다. 모든 셀이 여러분의 브라우저에서 실제 모델을 학습시킵니다. GPU도, 설치도, 서버도 필요 없습니다.',
  '{page} · {course}': '{page} · {course}',

  // ---- src/layouts/BaseLayout.astro ----
  'Skip to content': '본문으로 건너뛰기',
  '{course}. Every model here is trained by your own browser; nothing you do is sent anywhere.': '{course}. 여기 있는 모든 모델은 여러분의 브라우저가 학습시킵니다. 여러분이 하는 일은 어디로도 전송되지 않습니다.',
  'How fast is this computer?': '이 컴퓨터는 얼마나 빠를까?',

  // ---- src/layouts/LessonLayout.astro ----
  Menu: '메뉴',
  'Lesson {order}': '{order}강',
  'About {minutes} minutes to read and run': '읽고 실행하는 데 약 {minutes}분',

  // ---- components/site/LessonNav.astro ----
  Lessons: '강의',
  'On this page': '이 페이지의 내용',

  // ---- components/site/PrevNext.astro ----
  'Previous and next lessons': '이전 강의와 다음 강의',
  '← Previous': '← 이전',
  'Next →': '다음 →',

  // ---- components/site/References.astro ----
  References: '참고 문헌',

  // ---- src/pages/index.astro (inline markup kept as in the source) ----
  'Generative adversarial networks pit two neural networks against each other: one invents data, the other tries to catch it. This course explains how that game works, from the maths of the minimax objective to convolutional GANs that draw digits.':
    '생성적 적대 신경망(GAN)은 두 신경망을 맞붙입니다. 한쪽은 데이터를 지어내고, 다른 쪽은 그것을 잡아내려 합니다. 이 코스는 미니맥스 목적 함수의 수학부터 숫자를 그리는 합성곱 GAN까지, 이 게임이 어떻게 돌아가는지 설명합니다.',
  'Every cell in every lesson trains a <strong>real model in your own browser</strong>. Press Run and watch it learn; change a learning rate or a loss and see what breaks. There is no GPU to rent, nothing to install, and no server doing the work: your machine does the training, and nothing you do leaves it.':
    '모든 강의의 모든 셀은 <strong>여러분의 브라우저에서 실제 모델</strong>을 학습시킵니다. 실행을 누르고 모델이 배우는 모습을 지켜보세요. 학습률이나 손실 함수를 바꿔 보고 무엇이 망가지는지도 확인해 보세요. 빌릴 GPU도, 설치할 것도, 대신 일하는 서버도 없습니다. 학습은 여러분의 컴퓨터가 하고, 여러분이 하는 일은 컴퓨터 밖으로 나가지 않습니다.',
  'About {minutes} minutes': '약 {minutes}분',

  // ---- src/pages/speed.astro (inline markup kept as in the source) ----
  "Train the course's reference DCGAN for a minute and see how many steps per second this computer manages.": '코스의 기준 DCGAN을 1분 동안 학습시켜 이 컴퓨터가 초당 몇 스텝을 처리하는지 확인하세요.',
  "Every model in this course trains on the computer you are reading it on. This page measures how fast that is, with the one model all of the course's speed figures are quoted for: a small deep convolutional GAN (Radford, Metz and Chintala, 2015, arXiv:1511.06434) learning the handwritten digits of the lessons.":
    '이 코스의 모든 모델은 지금 이 글을 읽는 컴퓨터에서 학습합니다. 이 페이지는 그 속도를 잽니다. 코스의 모든 속도 수치가 기준으로 삼는 모델 하나, 곧 강의의 손글씨 숫자를 배우는 작은 심층 합성곱 GAN(Radford, Metz, Chintala, 2015, arXiv:1511.06434)을 씁니다.',
  "Press <strong>Run</strong> and leave it for a minute: the <em>steps/s</em> readout settles once the first steps (which prepare the kernels) are behind it. Before a class, open this page on the learners' laptops: at one step per second or more, the DCGAN lesson's digits appear within a couple of minutes; below that, ask learners to start from the pretrained weights.":
    '<strong>실행</strong>을 누르고 1분 정도 그대로 두세요. 처음 몇 스텝(커널을 준비하는 스텝)이 지나면 <em>스텝/초</em> 값이 안정됩니다. 수업 전에 학습자의 노트북에서 이 페이지를 열어 보세요. 초당 1스텝 이상이면 DCGAN 강의의 숫자가 몇 분 안에 나타납니다. 그보다 느리면 학습자에게 사전 학습 가중치로 시작하라고 안내하세요.',
  'What one step is': '한 스텝에서 하는 일',
  'Generator: a dense layer from a 100-number noise vector to a 7×7×64 map, then two 5×5 up-convolutions with stride 2 (to 14×14×32, then 28×28×1), batch norm and ReLU between, tanh at the end.':
    '생성자: 수 100개짜리 노이즈 벡터를 7×7×64 맵으로 바꾸는 밀집층, 이어서 스트라이드 2의 5×5 업컨볼루션 두 개(14×14×32, 그다음 28×28×1). 그 사이에 배치 정규화와 ReLU, 마지막에 tanh.',
  'Discriminator: two 5×5 convolutions with stride 2 (32 and 64 filters, leaky ReLU), then a dense layer to one logit.':
    '판별자: 스트라이드 2의 5×5 합성곱 두 개(필터 32개와 64개, leaky ReLU), 이어서 로짓 하나를 내는 밀집층.',
  'One step is one discriminator update on 64 real and 64 generated digits and one generator update on 64 noise vectors, with Adam (learning rate 0.0002, β1 = 0.5). That is about 4.3 billion floating-point operations, so one step per second is about 4.3 GFLOP/s.':
    '한 스텝은 실제 숫자 64개와 생성된 숫자 64개로 판별자를 한 번, 노이즈 벡터 64개로 생성자를 한 번 업데이트하는 것입니다(Adam, 학습률 0.0002, β1 = 0.5). 부동소수점 연산 약 43억 번이므로, 초당 1스텝은 약 4.3 GFLOP/s입니다.',
  'The backend badge says what did the work: <code>wasm</code> (the processor, with SIMD, and with threads on every core where the site is cross-origin isolated), <code>webgl</code> (the graphics card), or <code>cpu</code> (plain JavaScript, much slower). Add <code>?backend=wasm</code>, <code>?backend=webgl</code> or <code>?backend=cpu</code> to the address to compare them.':
    '백엔드 배지는 어디서 계산했는지 알려 줍니다. <code>wasm</code>(프로세서, SIMD 사용, 사이트가 교차 출처 격리된 경우 모든 코어에서 스레드 사용), <code>webgl</code>(그래픽 카드), <code>cpu</code>(순수 JavaScript, 훨씬 느림) 중 하나입니다. 주소에 <code>?backend=wasm</code>, <code>?backend=webgl</code>, <code>?backend=cpu</code>를 붙여 비교해 보세요.',
  'Reference DCGAN (batch 64)': '기준 DCGAN (배치 64)',
  "Where the time goes, and the figures measured while the course was built, are in the repository's <code>docs/performance.md</code>. Back to <a href=\"{home}\">the lessons</a>.":
    '시간이 어디에 쓰이는지, 그리고 코스를 만들며 잰 수치는 저장소의 <code>docs/performance.md</code>에 있습니다. <a href="{home}">강의 목록</a>으로 돌아가기.',
};
