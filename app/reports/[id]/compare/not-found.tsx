import Link from "next/link";

/** A report that does not exist and one of a unit the user may not see read the same. */
export default function CompareNotFound() {
  return (
    <main className="mx-auto max-w-3xl space-y-3 px-6 py-16">
      <h1 className="text-2xl font-bold">找不到这份报告</h1>
      <p>这份报告不存在，或您无权查看。请从报告列表中打开本单位的报告。</p>
      <p>
        <Link href="/" className="text-sky-800 underline">
          返回首页
        </Link>
      </p>
    </main>
  );
}
