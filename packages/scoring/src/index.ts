export * from './thresholds.js';
export * from './result.js';
export {
  compile,
  compareIds,
  DefinitionError,
  type CompiledDefinition,
  type CompiledQuestion,
  type CompiledTheme,
  type GradableDefinition,
} from './compile.js';
export * from './grade.js';
export * from './benchmarks.js';
export * from './effective.js';
export * from './rate-format.js';
