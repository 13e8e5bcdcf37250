/** The first page a new user sees: what Rapport is and what to do next. */
export function WelcomePage() {
  return (
    <main className="mx-auto max-w-2xl p-8 font-sans text-slate-900 dark:text-slate-100">
      <h1 className="text-3xl font-semibold">Welcome to Rapport</h1>
      <p className="mt-3 text-lg">
        Your CRM for creator relationships, on the profile pages where the work happens. Everything stays in this browser, owned by you.
      </p>
      <ol className="mt-6 list-decimal space-y-3 pl-6">
        <li>
          Open a creator&apos;s profile on Instagram, TikTok, YouTube, X, Twitch, Threads, Bluesky, Snapchat, Pinterest, LinkedIn, Facebook or Kick. A small
          Rapport card appears in the bottom-right corner.
        </li>
        <li>
          Click <strong>Save to roster</strong> on the card. The creator is now on your roster at stage &ldquo;Discovered&rdquo;.
        </li>
        <li>
          Click the Rapport icon in the toolbar (or press <kbd>Alt+Shift+R</kbd>) to open the side panel: your roster, each creator&apos;s timeline, and the
          touches you log.
        </li>
        <li>Rapport reminds you when a creator is due for a light-touch check-in, by segment.</li>
      </ol>
    </main>
  );
}
