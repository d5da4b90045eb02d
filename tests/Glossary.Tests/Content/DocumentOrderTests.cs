using Glossary.Content;
using Glossary.Tests.Support;

namespace Glossary.Tests.Content;

public sealed class DocumentOrderTests
{
    [Fact]
    public void Documents_go_by_title_ignoring_case_then_by_address()
    {
        var entries = ParsedEntries.Of(("beta", "beta", ""), ("b-alpha", "Alpha", ""), ("a-alpha", "alpha", ""), ("zeta", "Zeta", ""), ("eta", "Éta", ""));
        Assert.Equal(["a-alpha", "b-alpha", "beta", "zeta", "eta"], entries.Order(DocumentOrder.ByTitle).Select(e => e.Slug));
    }
}
