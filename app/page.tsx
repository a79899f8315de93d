import Link from "next/link";
import { TEMPLATES } from "@/lib/template";

export default function HomePage() {
  return (
    <main className="mx-auto max-w-3xl px-6 py-16">
      <h1 className="text-3xl font-bold">年报通</h1>
      <p className="mt-4 text-lg text-slate-700">
        按国家统一格式填写政府信息公开工作年度报告：边填边做勾稽检查，提交审核，生成可直接发布的 Word 文档。
      </p>
      <ul className="mt-6 list-disc pl-6 text-slate-700">
        {TEMPLATES.map((t) => (
          <li key={t.format}>
            {t.format}年格式（{t.notice}）：适用于 {t.years.from}
            {t.years.to ? `—${t.years.to}` : " 年及以后"}
            {t.years.to ? " 年度" : ""}报告
          </li>
        ))}
      </ul>
      <Link href="/reports" className="mt-8 inline-block rounded bg-red-700 px-5 py-2 text-white hover:bg-red-800">
        进入填报
      </Link>
    </main>
  );
}
