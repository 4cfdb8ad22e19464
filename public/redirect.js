// Redirect pages (short links, pages that moved) run this before their meta refresh fires.
// It picks the destination from the page's JSON data and the address's #fragment:
// an old id forwards to where that answer lives now; any other fragment is kept.
(() => {
  const data = JSON.parse(document.getElementById('redirect-data')?.textContent ?? '{}');
  const fragment = decodeURIComponent(location.hash.slice(1));
  const alias = data.aliases?.[fragment];
  if (alias) return location.replace(alias);
  if (fragment && data.keepFragment) return location.replace(`${data.target.split('#')[0]}#${fragment}`);
  location.replace(data.target);
})();
