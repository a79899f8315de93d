/** The input style of the admin forms. */
export const adminInput = "mt-1 rounded border border-slate-300 bg-white px-2 py-1";

/** The primary button of an admin form. */
export function SubmitButton({ pending, children }: { pending: boolean; children: React.ReactNode }) {
  return (
    <button type="submit" disabled={pending} className="rounded bg-red-700 px-4 py-1.5 text-white hover:bg-red-800 disabled:opacity-60">
      {children}
    </button>
  );
}
