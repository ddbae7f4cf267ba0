import type { CodegenConfig } from '@graphql-codegen/cli';
import { printSdl } from './src/schema/schema.ts';

// The schema is code-first (Pothos): print it from the code and feed the SDL to every output.
const sdl = printSdl();

const typed = { useTypeImports: true, importExtension: '.ts', enumsAsTypes: true, scalars: { DateTime: 'string', JSON: 'unknown' } };

const config: CodegenConfig = {
  schema: sdl,
  ignoreNoDocuments: true,
  generates: {
    'schema.graphql': { plugins: ['schema-ast'], config: { includeDirectives: false, sort: true } },
    'tests/gql/': {
      documents: ['tests/**/*.ts', '!tests/gql/**'],
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: typed,
    },
    // The first-party client's operations, typed, and their trusted-documents manifest
    // (client/gql/persisted-documents.json: sha-256 → document), which TRUSTED_DOCUMENTS reads.
    'client/gql/': {
      documents: ['client/operations/**/*.graphql'],
      preset: 'client',
      presetConfig: { fragmentMasking: false, persistedDocuments: { hashAlgorithm: 'sha256' } },
      config: typed,
    },
  },
};

export default config;
