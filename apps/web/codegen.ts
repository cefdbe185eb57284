import type { CodegenConfig } from '@graphql-codegen/cli';

// Paths are relative to the workspace root, where Nx runs the codegen target.
const config: CodegenConfig = {
  overwrite: true,
  schema: 'apps/api/src/schema.gql',
  documents: 'apps/web/src/**/*.graphql',
  generates: {
    'apps/web/src/generated/graphql.ts': {
      // typescript-operations v6 emits the input and enum types itself; adding the typescript plugin would declare them twice.
      plugins: ['typescript-operations', 'typed-document-node'],
      config: {
        avoidOptionals: { field: true, inputValue: false },
        defaultScalarType: 'unknown',
        scalars: { DateTime: 'string' },
        enumsAsTypes: true,
        nonOptionalTypename: true,
        skipTypeNameForRoot: true,
        useTypeImports: true,
      },
    },
  },
};

export default config;
