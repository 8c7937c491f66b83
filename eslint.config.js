// @ts-check
import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["node_modules/", "data/", "artifacts/", "coverage/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: "readonly", console: "readonly", Buffer: "readonly", URL: "readonly", setTimeout: "readonly", clearTimeout: "readonly", fetch: "readonly" } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": "error",
      "no-restricted-syntax": [
        "error",
        {
          selector: "TSAsExpression[typeAnnotation.typeName.name=/^Cleared(Post|Comment)$/]",
          message: "Only the privacy gate (src/privacy/gate.ts) makes cleared values; get one from the gate instead of casting.",
        },
        {
          selector: "TSTypeAssertion[typeAnnotation.typeName.name=/^Cleared(Post|Comment)$/]",
          message: "Only the privacy gate (src/privacy/gate.ts) makes cleared values.",
        },
      ],
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["**/privacy/cleared.ts"], importNames: ["registerCleared"], message: "registerCleared belongs to the gate alone." }] },
      ],
    },
  },
  {
    // The gate is the one place that may make cleared values.
    files: ["src/privacy/gate.ts"],
    rules: { "no-restricted-syntax": "off", "no-restricted-imports": "off" },
  },
  {
    // Small browser scripts in themes: enhancements only.
    files: ["themes/**/*.js"],
    languageOptions: { sourceType: "script", globals: { document: "readonly", window: "readonly", fetch: "readonly", setTimeout: "readonly", clearTimeout: "readonly" } },
  },
  {
    // A migration describes the schema of its own date, not today's Database interface.
    files: ["migrations/**/*.ts"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
);
