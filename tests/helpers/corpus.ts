// The real corpus, converted and analysed once per test file (no disk writes).
export { metrics, realCorpus, themes } from '../../scripts/eval/corpus.ts';
