// Progressive enhancements only: every page works without this file.
document.addEventListener("DOMContentLoaded", () => {
    // Move keyboard and screen-reader focus to a form's error summary after a failed submit.
    const summary = document.querySelector(".panel--error[role='alert']");
    if (summary) {
        summary.focus();
    }
});
