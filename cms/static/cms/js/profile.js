// The CE profile: the licence fields are required for licensed therapists only. Keep their
// labels and `required` state in step with the learner-type choice. The server decides the
// same when the form is submitted, so the page works without this file.
(() => {
    const choices = document.querySelectorAll("input[name='learner_type']");
    const inputs = document.querySelectorAll("input[data-required-for]");
    if (!choices.length || !inputs.length) {
        return;
    }
    const update = () => {
        const chosen = document.querySelector("input[name='learner_type']:checked");
        for (const input of inputs) {
            const required = chosen !== null && chosen.value === input.dataset.requiredFor;
            input.required = required;
            const note = input.closest(".field")?.querySelector("[data-required-note]");
            if (note) {
                note.hidden = required;
            }
        }
    };
    for (const choice of choices) {
        choice.addEventListener("change", update);
    }
    update();
})();
