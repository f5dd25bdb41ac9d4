/** tfjs-core's gradient registrations as bundlers resolve them (see ./index.ts). */
import '@tensorflow/tfjs-core/dist/register_all_gradients';
