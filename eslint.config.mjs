import next from "eslint-config-next";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...next,
  ...nextTs,
  {
    // Layering: lib/ is the domain and the services; it never reaches up into the UI or the routes.
    files: ["lib/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@/components", "@/components/*", "@/app", "@/app/*", "**/components/*", "**/app/*"],
              message: "lib/ 不得引用 components/ 或 app/：领域代码和服务不依赖界面与路由。",
            },
          ],
        },
      ],
    },
  },
  {
    // Components reach the server only through each feature's actions in app/ (never lib/server directly).
    files: ["components/**/*.{ts,tsx}"],
    // The page header is a server component that shows who is signed in: it reads the session itself.
    ignores: ["components/app-header.tsx"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@/lib/server/*", "**/lib/server/*"],
              allowTypeImports: true,
              message: "组件只能通过本功能在 app/ 中的 actions 访问服务端，不直接引用 lib/server。",
            },
          ],
        },
      ],
    },
  },
  {
    ignores: [".next*/**", "lib/generated/**", "data/**", "test-results/**", "playwright-report/**", "next-env.d.ts"],
  },
];

export default config;
