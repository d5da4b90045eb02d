using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Glossary.Tests.Browser;

public static class AxeViolations
{
    /// <summary>axe-core's violations on the page as it is now, one line each: rule, impact, help and the first few elements.</summary>
    public static async Task<List<string>> AxeViolationsAsync(this IPage page) =>
        [.. (await page.RunAxe()).Violations.Select(v => $"{v.Id} ({v.Impact}): {v.Help} — {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))}")];
}
