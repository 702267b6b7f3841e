// Keeps the shortlist in the browser's local storage, so that rows ticked on one page stay ticked on the others.
// Without this script, the ticked boxes of one page and the shortlist URL carry the list.
(function () {
    "use strict";

    var storageKey = "provisionmap.shortlist";

    function readIds() {
        try {
            var ids = JSON.parse(window.localStorage.getItem(storageKey) || "[]");
            return Array.isArray(ids) ? ids.filter(function (id) { return /^\d+$/.test(String(id)); }).map(String) : [];
        } catch (error) {
            return [];
        }
    }

    function writeIds(ids) {
        try {
            window.localStorage.setItem(storageKey, JSON.stringify(ids));
        } catch (error) {
            // Storage can be full or blocked; the ticked boxes still work for this page.
        }
    }

    function setUpToggles() {
        var boxes = document.querySelectorAll("input.shortlist-toggle-input");
        var stored = readIds();
        boxes.forEach(function (box) {
            box.checked = stored.indexOf(box.value) >= 0;
            box.addEventListener("change", function () {
                var ids = readIds().filter(function (id) { return id !== box.value; });
                if (box.checked) {
                    ids.push(box.value);
                }
                writeIds(ids);
                showCount();
            });
        });

        var form = document.getElementById("shortlist-form");
        if (!form) {
            return;
        }

        // Rows ticked on other pages have no box here, so they are sent as hidden fields.
        form.addEventListener("submit", function () {
            var onPage = Array.prototype.map.call(boxes, function (box) { return box.value; });
            readIds().filter(function (id) { return onPage.indexOf(id) < 0; }).forEach(function (id) {
                var field = document.createElement("input");
                field.type = "hidden";
                field.name = "id";
                field.value = id;
                form.appendChild(field);
            });
        });
        showCount();
    }

    function showCount() {
        var form = document.getElementById("shortlist-form");
        var button = form && form.querySelector("button");
        if (button) {
            var count = readIds().length;
            button.textContent = count > 0 ? "Show shortlist (" + count + ")" : "Show shortlist";
        }
    }

    function setUpShortlistPage() {
        var list = document.querySelector("[data-shortlist-ids]");
        if (list) {
            // The page's URL is the list the user is looking at, so the stored list follows it.
            writeIds(list.getAttribute("data-shortlist-ids").split(",").filter(function (id) { return id.length > 0; }));
        } else if (document.querySelector(".shortlist-empty")) {
            writeIds([]);
        }

        var text = document.getElementById("shortlist-text");
        if (!text || !navigator.clipboard) {
            return;
        }

        var button = document.createElement("button");
        button.type = "button";
        button.className = "btn btn-outline-secondary btn-sm mt-2";
        button.textContent = "Copy text";
        button.addEventListener("click", function () {
            navigator.clipboard.writeText(text.value).then(function () {
                button.textContent = "Copied";
            }, function () {
                button.textContent = "Copy failed: select the text and copy it";
            });
        });
        text.insertAdjacentElement("afterend", button);
    }

    setUpToggles();
    setUpShortlistPage();
}());
