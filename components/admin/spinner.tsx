/** The progress mark of a pending button (decorative: the button's text says what happens). */
export function Spinner({ size = "size-4" }: { size?: string }) {
  return (
    <span
      aria-hidden="true"
      className={`${size} inline-block shrink-0 animate-spin rounded-full border-2 border-current border-t-transparent`}
    />
  );
}
