// Shows the copy buttons next to email addresses and copies the address on click, Enter or Space.
// Without JavaScript the buttons stay hidden and the address can be selected or opened as a mailto link.
(function () {
    "use strict";

    function announce(button, message) {
        var status = document.getElementById("copy-status");
        if (status) {
            status.textContent = message;
        }
        button.setAttribute("data-copied", "true");
        window.setTimeout(function () { button.removeAttribute("data-copied"); }, 2000);
    }

    function copyWithSelection(text) {
        var field = document.createElement("textarea");
        field.value = text;
        field.setAttribute("readonly", "");
        field.className = "copy-buffer";
        document.body.appendChild(field);
        field.select();
        var copied = false;
        try {
            copied = document.execCommand("copy");
        } catch (error) {
            copied = false;
        }
        document.body.removeChild(field);
        return copied;
    }

    function copy(button) {
        var email = button.getAttribute("data-email");
        var done = function () { announce(button, "Copied " + email + " to the clipboard."); };
        var failed = function () {
            announce(button, copyWithSelection(email) ? "Copied " + email + " to the clipboard." : "Copying failed. Select the address and copy it.");
        };
        if (navigator.clipboard && window.isSecureContext) {
            navigator.clipboard.writeText(email).then(done, failed);
        } else {
            failed();
        }
    }

    document.querySelectorAll("button.copy-email").forEach(function (button) {
        button.hidden = false;
        button.addEventListener("click", function () { copy(button); });
    });
}());
