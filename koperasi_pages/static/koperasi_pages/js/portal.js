// Filter forms send every select, even those left on "All"; dropping the
// empty ones keeps shared URLs short. Without JavaScript the form still works.
document.addEventListener("submit", (event) => {
  const form = event.target;
  if (!form.matches("form[data-drop-empty-fields]")) {
    return;
  }
  for (const field of form.elements) {
    if (field.name && field.value === "") {
      field.disabled = true;
    }
  }
});

// Re-enable the fields when the reader comes back with the Back button.
window.addEventListener("pageshow", () => {
  for (const field of document.querySelectorAll(
    "form[data-drop-empty-fields] [disabled]",
  )) {
    field.disabled = false;
  }
});

// Filter panels start open so they work without JavaScript; on phones fold
// them so the results are the first thing a reader sees.
const narrowScreen = window.matchMedia("(max-width: 63.99rem)");
for (const panel of document.querySelectorAll("details[data-fold-on-narrow]")) {
  if (narrowScreen.matches) {
    panel.open = false;
  }
}
