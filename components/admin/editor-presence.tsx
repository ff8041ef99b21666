"use client";

import { useEffect, useState } from "react";
import { useAdminText } from "@/components/admin/admin-i18n-provider";
import { heartbeatPresenceAction, type PresenceState } from "@/lib/initiatives/actions";

const HEARTBEAT_MS = 20_000;

/**
 * Tells the server every 20 seconds (and when the tab becomes visible again) that this user has
 * the entry open; returns who else has, and the entry's saved version.
 */
export function usePresence(initiativeId: string | null): PresenceState | null {
  const [presence, setPresence] = useState<PresenceState | null>(null);
  useEffect(() => {
    if (!initiativeId) return;
    let stopped = false;
    const beat = async () => {
      try {
        const result = await heartbeatPresenceAction(undefined, { initiativeId });
        if (!stopped && result.ok && result.data) setPresence(result.data);
      } catch {
        // Offline or signed out: presence is a courtesy, the save's version check is the guard.
      }
    };
    void beat();
    const timer = setInterval(() => void beat(), HEARTBEAT_MS);
    const onVisible = () => {
      if (document.visibilityState === "visible") void beat();
    };
    document.addEventListener("visibilitychange", onVisible);
    return () => {
      stopped = true;
      clearInterval(timer);
      document.removeEventListener("visibilitychange", onVisible);
    };
  }, [initiativeId]);
  return presence;
}

export function PresenceNotice({
  presence,
  version,
}: {
  presence: PresenceState | null;
  version: number;
}) {
  const { m, fmt, locale } = useAdminText();
  const p = m.editor.presence;
  const others = presence?.others ?? [];
  const newer = presence && presence.version > version;
  return (
    <div aria-live="polite" className="space-y-2">
      {others.length ? (
        <p className="rounded-lg border border-sky-300 bg-sky-50 px-3 py-2 text-sm text-sky-950 dark:border-sky-800 dark:bg-sky-950 dark:text-sky-100">
          {fmt(p.others, { emails: others.map((other) => other.email).join(", ") })}
        </p>
      ) : null}
      {newer ? (
        <p className="rounded-lg border border-amber-400 bg-amber-50 px-3 py-2 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100">
          {fmt(p.newer, {
            email: presence.updatedBy ?? p.someone,
            version: presence.version,
            time: new Date(presence.updatedAt).toLocaleTimeString(locale, {
              hour: "2-digit",
              minute: "2-digit",
            }),
          })}
        </p>
      ) : null}
    </div>
  );
}
