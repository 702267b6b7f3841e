// On narrow screens, folds the facets that have no choice made, so the results are not pushed far down the page.
// Without JavaScript every facet stays open and the form works the same.
(function () {
    "use strict";

    if (!window.matchMedia("(max-width: 991.98px)").matches) {
        return;
    }

    document.querySelectorAll("form.filters details.facet").forEach(function (facet) {
        if (!facet.querySelector("input:checked")) {
            facet.open = false;
        }
    });
}());
