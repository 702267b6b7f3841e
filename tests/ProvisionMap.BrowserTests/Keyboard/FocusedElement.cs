using Microsoft.Playwright;

namespace ProvisionMap.BrowserTests.Keyboard;

/// <summary>What the browser reports about the element that has keyboard focus.</summary>
/// <remarks>Playwright fills the properties from the script's result by name, so they need public setters.</remarks>
public sealed record FocusedElement
{
    public string Tag { get; set; } = "";
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    public string Text { get; set; } = "";
    public string OutlineStyle { get; set; } = "";
    public double OutlineWidth { get; set; }
    public string BoxShadow { get; set; } = "";
    public double Width { get; set; }
    public double Height { get; set; }

    // Reads document.activeElement with its computed focus styles. Text includes visually hidden text, as a screen
    // reader would read it, with white space collapsed. Name is the name attribute of a form control.
    private const string ReadScript = """
        () => {
            const element = document.activeElement;
            const style = getComputedStyle(element);
            const box = element.getBoundingClientRect();
            return {
                tag: element.tagName.toLowerCase(),
                id: element.id || "",
                name: element.getAttribute("name") || "",
                text: (element.getAttribute("aria-label") || element.textContent || element.value || "").replace(/\s+/g, " ").trim().slice(0, 80),
                outlineStyle: style.outlineStyle,
                outlineWidth: parseFloat(style.outlineWidth) || 0,
                boxShadow: style.boxShadow,
                width: box.width,
                height: box.height,
            };
        }
        """;

    public bool IsBody => Tag == "body";

    /// <summary>
    /// True when the focused element has an outline at least 2px wide. A box shadow alone does not count, because
    /// forced-colours mode removes box shadows and Bootstrap's focus glow is faint.
    /// </summary>
    public bool HasVisibleIndicator => OutlineStyle != "none" && OutlineWidth >= 2;

    public override string ToString() => $"<{Tag}{(Id.Length > 0 ? $" id={Id}" : "")}> \"{Text}\"";

    public static async Task<FocusedElement> ReadAsync(IPage page) => await page.EvaluateAsync<FocusedElement>(ReadScript);

    /// <summary>Presses Tab until the focused element matches, and fails after <paramref name="maxPresses"/> presses.</summary>
    public static async Task<FocusedElement> TabUntilAsync(IPage page, Func<FocusedElement, bool> match, string description, int maxPresses = 200)
    {
        var passed = new List<string>();
        for (var press = 0; press < maxPresses; press++)
        {
            await page.Keyboard.PressAsync("Tab");
            var focused = await ReadAsync(page);
            if (match(focused))
            {
                return focused;
            }

            passed.Add(focused.ToString());
        }

        var lastStops = string.Join(", ", passed.Distinct().TakeLast(15));
        throw new Xunit.Sdk.XunitException($"Pressing Tab {maxPresses} times never focused {description}. The last stops were: {lastStops}");
    }
}
