// Progressive enhancement only: every page works without JavaScript. Loaded as a module from
// this origin, which the Content-Security-Policy allows (no inline scripts anywhere).
import { initAll } from "/webjars/govuk-frontend/5.14.0/dist/govuk/govuk-frontend.min.js";

document.body.classList.add("js-enabled", "govuk-frontend-supported");
initAll();
