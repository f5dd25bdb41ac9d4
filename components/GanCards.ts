/**
 * The GAN variants the gallery lesson describes without training them: what
 * each does, its paper, and why it does not train in a browser tab. Data
 * only; GanCards.astro renders it.
 */

export interface GanCard {
  id: string;
  name: string;
  does: string;
  /** Citation text, or null when no single paper is meant. */
  paper: { authors: string; year: number; title: string; arxiv: string } | null;
  whyNotHere: string;
  /** Link inside the course, e.g. to the CycleGAN lesson. */
  link?: { href: string; text: string };
}

export const GAN_CARDS: readonly GanCard[] = [
  {
    id: 'stackgan',
    name: 'StackGAN: text to image',
    does: 'Draws a photo from a sentence ("a small bird with a red head and a short beak"). Stage I turns a text embedding into a rough 64×64 sketch of shape and colour; stage II, conditioned on the text again, refines it to 256×256 with detail. Conditioning augmentation samples the text code from a Gaussian so a few thousand captions cover a smooth space.',
    paper: { authors: 'Zhang, Xu, Li, Zhang, Wang, Huang, Metaxas', year: 2017, title: 'StackGAN: Text to Photo-realistic Image Synthesis with Stacked Generative Adversarial Networks', arxiv: '1612.03242' },
    whyNotHere: 'It needs a pretrained text encoder and paired image–caption data (CUB birds: about 12,000 photos with ten captions each), and two 256×256 generators; training took days on a GPU.',
  },
  {
    id: 'discogan',
    name: 'DiscoGAN: relations across domains',
    does: 'Like CycleGAN, learns two translators between unpaired domains with a reconstruction loss that sends each image there and back (handbags ↔ shoes, male ↔ female faces), so that a bag’s colour and pattern reappear on the shoe it becomes.',
    paper: { authors: 'Kim, Cha, Kim, Lee, Kim', year: 2017, title: 'Learning to Discover Cross-Domain Relations with Generative Adversarial Networks', arxiv: '1703.05192' },
    whyNotHere: 'Its idea runs in this course already, as CycleGAN on digits; the real domains are tens of thousands of 64×64 colour photos per side.',
    link: { href: '../cyclegan/', text: 'The CycleGAN lesson' },
  },
  {
    id: 'designgan',
    name: '“DesignGAN”: generating designs',
    does: 'The course notes use the name for GANs that invent new designs, such as T-shirt prints or fashion items: a generator trained on a catalogue of existing designs, often conditioned on a category, colour or sketch, proposes new ones. It is a family of applications rather than one model; we do not know of a single paper the name refers to, so none is cited here.',
    paper: null,
    whyNotHere: 'There is no standard dataset or architecture to reproduce; the applications train conditional GANs like the ACGAN above on large private catalogues of colour images.',
  },
  {
    id: 'stylegan',
    name: 'StyleGAN at 1024×1024',
    does: 'The full model behind the AdaIN cell above: an 8-layer mapping network to a 512-dimensional w, a synthesis network from 4×4 to 1024×1024 with AdaIN and per-pixel noise at every resolution, trained by progressive growing on 70,000 high-resolution faces (FFHQ). Style mixing separates pose (coarse), features (middle) and colour and micro-structure (fine).',
    paper: { authors: 'Karras, Laine, Aila', year: 2019, title: 'A Style-Based Generator Architecture for Generative Adversarial Networks', arxiv: '1812.04948' },
    whyNotHere: 'About 26 million generator parameters and images of three million pixel values each: the authors trained for about a week on eight GPUs. One of its forward passes costs more than a thousand training steps of the cells here.',
  },
  {
    id: 'cyclegan',
    name: 'CycleGAN',
    does: 'Unpaired image-to-image translation with a cycle-consistency loss: horses ↔ zebras, summer ↔ winter, photos ↔ Monet.',
    paper: { authors: 'Zhu, Park, Isola, Efros', year: 2017, title: 'Unpaired Image-to-Image Translation using Cycle-Consistent Adversarial Networks', arxiv: '1703.10593' },
    whyNotHere: 'It has its own lesson, with a small version that does train in your browser (digits that learn to wear stripes).',
    link: { href: '../cyclegan/', text: 'Go to the CycleGAN lesson' },
  },
];
