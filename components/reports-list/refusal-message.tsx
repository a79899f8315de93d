import Link from "next/link";

/** Why creating or importing a report was refused, with a link to the unit's existing report of that year. */
export function RefusalMessage({ state }: { state: { message: string; existingId?: string; errors?: string[] } }) {
  if (!state.message) return null;
  return (
    <div role="alert" className="text-sm font-medium text-red-800">
      <p>
        {state.message}
        {state.existingId && (
          <Link href={`/reports/${state.existingId}`} className="ml-2 underline">
            打开已有的报告
          </Link>
        )}
      </p>
      {state.errors && state.errors.length > 0 && (
        <ul className="mt-1 list-disc pl-5 font-normal">
          {state.errors.map((e, i) => (
            <li key={i}>{e}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
