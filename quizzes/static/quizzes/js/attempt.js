// Quiz attempt enhancements: autosave as answers change, and a countdown to the deadline.
// Without this script the form's "Save progress" and "Submit quiz" buttons do the same work.
(() => {
    const form = document.querySelector("[data-quiz-form]");
    if (!form) {
        return;
    }
    const status = form.querySelector("[data-quiz-status]");
    const url = form.dataset.autosaveUrl;
    let timer = null;
    let inFlight = false;
    let pending = false;
    let submitted = false;

    // Messages come translated from the page; {name} placeholders are filled in here.
    const message = (name, values = {}) =>
        (form.dataset[name] || "").replace(/\{(\w+)\}/g, (_, key) => values[key] ?? "");

    const say = (text) => {
        if (status) {
            status.textContent = text;
        }
    };

    const save = async () => {
        if (submitted) {
            return;
        }
        if (inFlight) {
            pending = true;
            return;
        }
        inFlight = true;
        const data = new FormData(form);
        data.delete("action");
        try {
            const response = await fetch(url, {
                method: "POST",
                body: data,
                credentials: "same-origin",
                headers: { "X-Requested-With": "fetch" },
            });
            const body = await response.json();
            if (response.ok) {
                const time = new Date(body.saved_at).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });
                say(message("msgSaved", { answered: body.answered, total: body.total, time }));
            } else if (response.status === 409 && body.result_url) {
                window.location.assign(body.result_url);
            } else {
                say(body.error || message("msgFailed"));
            }
        } catch (error) {
            say(message("msgOffline"));
            pending = true;
        } finally {
            inFlight = false;
            if (pending) {
                pending = false;
                schedule();
            }
        }
    };

    const schedule = () => {
        window.clearTimeout(timer);
        timer = window.setTimeout(save, 600);
    };

    form.addEventListener("change", schedule);
    form.addEventListener("input", (event) => {
        if (event.target.type === "text") {
            schedule();
        }
    });
    window.addEventListener("online", schedule);

    // Once the learner submits, nothing more is saved in the background.
    form.addEventListener("submit", () => {
        submitted = true;
        window.clearTimeout(timer);
    });

    const clock = document.querySelector("[data-quiz-timer]");
    if (clock) {
        // The visible clock changes every second; screen readers hear it politely at a few
        // moments only, so they are not flooded.
        const text = clock.querySelector("[data-quiz-timer-text]");
        const announcer = clock.querySelector("[data-quiz-timer-announce]");
        const end = Date.now() + Number(clock.dataset.secondsLeft) * 1000;
        const moments = new Set([600, 300, 120, 60, 30, 10]);
        const format = (left) => `${Math.floor(left / 60)}:${String(left % 60).padStart(2, "0")}`;
        let interval = null;
        const tick = () => {
            const left = Math.max(0, Math.round((end - Date.now()) / 1000));
            text.textContent = message("msgTimeLeft", { time: format(left) });
            if (moments.has(left) || (announcer.textContent === "" && left > 0)) {
                announcer.textContent = message("msgTimeLeft", { time: format(left) });
            }
            clock.classList.toggle("timer--low", left <= 60);
            if (left === 0) {
                window.clearInterval(interval);
                save().then(() => window.location.reload());
            }
        };
        interval = window.setInterval(tick, 1000);
        tick();
    }
})();
