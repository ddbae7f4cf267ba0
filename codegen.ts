import type { CodegenConfig } from '@graphql-codegen/cli';
import { printSdl } from './src/schema/schema.ts';

// The schema is code-first (Pothos): print it from the code and feed the SDL to every output.
const sdl = printSdl();

const config: CodegenConfig = {
  schema: sdl,
  documents: ['tests/**/*.ts', '!tests/gql/**'],
  ignoreNoDocuments: true,
  generates: {
    'schema.graphql': { plugins: ['schema-ast'], config: { includeDirectives: false, sort: true } },
    'tests/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: { useTypeImports: true, importExtension: '.ts', enumsAsTypes: true, scalars: { DateTime: 'string', JSON: 'unknown' } },
    },
  },
};

export default config;
