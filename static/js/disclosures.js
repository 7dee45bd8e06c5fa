// On a narrow screen the main menu and a page's filters start folded, so the
// page's own content comes first; without script, or on a wide screen, they
// stay open. Each disclosure says below which width it folds.
document.querySelectorAll("details[data-fold-below]").forEach((details) => {
  if (window.matchMedia(`(max-width: ${details.dataset.foldBelow})`).matches) {
    details.open = false;
  }
});
