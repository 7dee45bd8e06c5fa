// On a narrow screen a list's filters start folded, so the results come
// first; without script (or on a wide screen) they stay open.
document.querySelectorAll("details[data-fold-below]").forEach((details) => {
  if (window.matchMedia(`(max-width: ${details.dataset.foldBelow})`).matches) {
    details.open = false;
  }
});
