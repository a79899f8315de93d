"use client";
/**
 * 上一份 / 下一份 through the review list in its order, with its year and filter kept.
 * Keys [ and ] (by physical key, so a Chinese input method does not swallow them) do the
 * same outside text fields.
 */
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect } from "react";

export interface QueueLinks {
  position: number;
  total: number;
  prev: { href: string; name: string } | null;
  next: { href: string; name: string } | null;
  list: string;
}

function typing(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(el.tagName));
}

export function QueueNav({ queue }: { queue: QueueLinks }) {
  const router = useRouter();
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey || typing(e.target)) return;
      const to = e.code === "BracketLeft" ? queue.prev : e.code === "BracketRight" ? queue.next : null;
      if (!to) return;
      e.preventDefault();
      router.push(to.href);
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [queue, router]);
  const key = (k: string) => <kbd className="rounded border border-slate-400 bg-slate-50 px-1 font-mono text-xs">{k}</kbd>;
  return (
    <nav aria-label="审核队列" className="flex flex-wrap items-center gap-3 text-sm">
      <Link href={queue.list} className="text-red-800 underline">
        ← 返回审核列表
      </Link>
      <span className="text-slate-600">
        第 {queue.position} / {queue.total} 份
      </span>
      {queue.prev ? (
        <Link href={queue.prev.href} className="text-red-800 underline" aria-keyshortcuts="[">
          上一份：{queue.prev.name} {key("[")}
        </Link>
      ) : (
        <span className="text-slate-600">已是第一份</span>
      )}
      {queue.next ? (
        <Link href={queue.next.href} className="text-red-800 underline" aria-keyshortcuts="]">
          下一份：{queue.next.name} {key("]")}
        </Link>
      ) : (
        <span className="text-slate-600">已是最后一份</span>
      )}
    </nav>
  );
}
