// Property tests run with a fixed seed so CI is repeatable; FC_SEED=<n> or FC_SEED=random explores further.
import fc from 'fast-check';

const seed = process.env.FC_SEED;
if (seed !== 'random') fc.configureGlobal({ seed: seed ? Number(seed) : 20210715 });
