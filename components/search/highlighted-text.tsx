import type { HighlightSegment } from "@/lib/search/types";

/** Text with the words that matched the search marked. */
export function HighlightedText({ segments }: { segments: HighlightSegment[] }) {
  return (
    <>
      {segments.map((segment, index) =>
        segment.match ? (
          <mark
            key={index}
            className="rounded-sm bg-amber-200 px-0.5 text-inherit dark:bg-amber-700/60"
          >
            {segment.text}
          </mark>
        ) : (
          <span key={index}>{segment.text}</span>
        ),
      )}
    </>
  );
}
