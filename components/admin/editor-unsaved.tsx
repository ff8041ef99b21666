"use client";

import { useCallback, useEffect, useRef } from "react";
import { useAdminText } from "@/components/admin/admin-i18n-provider";

/**
 * Warns before leaving with unsaved changes: closing or reloading the tab (beforeunload) and
 * following a link inside the app (Next's client navigation fires no beforeunload). Returns a
 * function that lets the next departure through (after saving, or when the user chose to
 * discard).
 */
export function useLeaveWarning(dirty: boolean): () => void {
  const question = useAdminText().m.editor.leave;
  const allowed = useRef(false);
  useEffect(() => {
    if (!dirty) return;
    allowed.current = false;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (allowed.current) return;
      event.preventDefault();
      event.returnValue = "";
    };
    const onClick = (event: MouseEvent) => {
      if (allowed.current || event.defaultPrevented || event.button !== 0) return;
      if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const link = (event.target as Element | null)?.closest?.("a[href]");
      if (!(link instanceof HTMLAnchorElement) || link.target === "_blank") return;
      const url = new URL(link.href);
      if (url.origin !== window.location.origin) return;
      if (url.pathname === window.location.pathname && url.hash) return;
      if (!window.confirm(question)) {
        event.preventDefault();
        event.stopPropagation();
      }
    };
    window.addEventListener("beforeunload", onBeforeUnload);
    document.addEventListener("click", onClick, true);
    return () => {
      window.removeEventListener("beforeunload", onBeforeUnload);
      document.removeEventListener("click", onClick, true);
    };
  }, [dirty, question]);
  return useCallback(() => {
    allowed.current = true;
  }, []);
}
