/**
 * Keeps old links to this page working: when the address names an answer id that no longer
 * exists here (renamed, or moved to another page), go to where that answer lives now.
 */
export function followAnswerAliases(aliases: Readonly<Record<string, string>>): void {
  const follow = () => {
    const id = decodeURIComponent(location.hash.slice(1));
    if (!id || document.getElementById(id)) return;
    const target = aliases[id];
    if (target) location.replace(target);
  };
  follow();
  window.addEventListener('hashchange', follow);
}
