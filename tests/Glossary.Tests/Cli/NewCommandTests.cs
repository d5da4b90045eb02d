using Glossary.Content;
using Glossary.Cli;
using Glossary.Tests.Support;

namespace Glossary.Tests.Cli;

public sealed class NewCommandTests
{
    private static (int Code, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = GlossaryCommand.Invoke(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    private static string Input(TempFolder temp) => temp.WriteInput(TestSite.Fixture());

    [Fact]
    public void New_entry_writes_front_matter_and_every_section_with_a_prompt()
    {
        using var temp = new TempFolder();
        var input = Input(temp);
        var (code, output, _) = Run("new", "entry", "Explanation of Benefits", "--alias", "EOB", "--category", "insurance", "--input", input);
        Assert.Equal(0, code);
        var path = Path.Combine(input, "glossary", "explanation-of-benefits.md");
        Assert.Contains("explanation-of-benefits.md", output);
        var text = File.ReadAllText(path);
        Assert.StartsWith("---\ntitle: Explanation of Benefits\naliases: [EOB]\n", text);
        Assert.Contains("categories: [Insurance]", text);
        var at = 0;
        // The sections the validator requires come from the same list (see An_unfinished_entry_cannot_be_published…).
        Assert.Equal(["Examples", "How it is used against you", "Benefits", "What you can do", "Conclusion"], EntrySections.All.Select(s => s.Heading));
        foreach (var section in EntrySections.All.Select(s => "## " + s.Heading))
        {
            var next = text.IndexOf(section + "\n\n<!-- glossary:prompt ", StringComparison.Ordinal);
            Assert.True(next > at, $"'{section}' is missing or out of order");
            at = next;
        }
    }

    [Theory]
    [InlineData("Foo: Bar")]
    [InlineData("- Dash first")]
    [InlineData("#hashtag")]
    [InlineData("O'Brien \"quoted\"")]
    [InlineData("@home visits")]
    [InlineData("Back\\slash & *star")]
    [InlineData("[Bracket] term, with comma")]
    [InlineData("Café Crème")]
    [InlineData("Yes")]
    public void New_entry_writes_any_title_and_alias_so_they_read_back_unchanged(string title)
    {
        using var temp = new TempFolder();
        var input = Input(temp);
        var (code, output, error) = Run("new", "entry", title, "--alias", title + " alias", "--input", input);
        Assert.True(code == 0, output + error);
        var file = Directory.GetFiles(Path.Combine(input, "glossary")).Single(f => File.ReadAllText(f).Contains("glossary:prompt"));
        var frontMatter = File.ReadAllText(file).Split("---\n")[1];
        var yaml = new YamlDotNet.RepresentationModel.YamlStream();
        yaml.Load(new StringReader(frontMatter));
        var root = (YamlDotNet.RepresentationModel.YamlMappingNode)yaml.Documents[0].RootNode;
        Assert.Equal(title, root["title"].ToString());
        Assert.Equal(title + " alias", ((YamlDotNet.RepresentationModel.YamlSequenceNode)root["aliases"]).Children.Single().ToString());
    }

    [Fact]
    public void An_unfinished_entry_cannot_be_published_and_check_points_at_the_prompts()
    {
        using var temp = new TempFolder();
        var input = Input(temp);
        Assert.Equal(0, Run("new", "entry", "Copay", "--category", "Finance", "--input", input).Code);
        var (code, _, error) = Run("build", "--input", input, "--output", temp.Combine("out"));
        Assert.Equal(1, code);
        Assert.Contains("copay.md:3:1: error GL0104: missing required field 'summary'", error);
        Assert.Contains("error GL0201: missing the definition paragraph", error);

        var path = Path.Combine(input, "glossary", "copay.md");
        var text = File.ReadAllText(path)
            .Replace("summary: # One plain sentence, under 30 words: what is Copay? Shown in previews and search.", "summary: A fixed amount you pay for a covered service.")
            .Replace("<!-- glossary:prompt Define the term in one or two plain sentences. Say what it is, not what to do. -->", "A copay is a set fee.");
        File.WriteAllText(path, text);
        var check = Run("check", "--input", input, "--today", "2026-11-22");
        Assert.Equal(0, check.Code);
        Assert.Matches(@"copay\.md:\d+:1: warning GL0706: a writing prompt", check.Error);
    }

    [Fact]
    public void New_guide_report_has_key_findings()
    {
        using var temp = new TempFolder();
        var input = Input(temp);
        Assert.Equal(0, Run("new", "guide", "Appeal outcomes", "--report", "--input", input).Code);
        var text = File.ReadAllText(Path.Combine(input, "guides", "appeal-outcomes.md"));
        Assert.Contains("kind: report\nkey_findings:", text);
    }

    [Fact]
    public void Refuses_to_overwrite_an_existing_file()
    {
        using var temp = new TempFolder();
        var input = Input(temp);
        var path = Path.Combine(input, "guides", "appeals.md");
        var before = File.ReadAllText(path);
        var (code, _, error) = Run("new", "guide", "Appeals", "--input", input);
        Assert.Equal(1, code);
        Assert.Contains("already exists; nothing was written", error);
        Assert.Equal(before, File.ReadAllText(path));
    }

    [Theory]
    [InlineData("Medical necessity", null, "'Medical necessity' is already used by the entry 'Medical Necessity' (")]
    [InlineData("Something new", "preauthorization", "'preauthorization' is already used by the entry 'Prior Authorization'")]
    [InlineData("Medically Necessary", null, "as 'medically necessary'")]
    public void Refuses_a_title_or_alias_that_names_another_entry(string title, string? alias, string message)
    {
        using var temp = new TempFolder();
        var input = Input(temp);
        string[] args = alias is null ? ["new", "entry", title, "--input", input] : ["new", "entry", title, "--alias", alias, "--input", input];
        var (code, _, error) = Run(args);
        Assert.Equal(1, code);
        Assert.Contains(message, error);
        Assert.Equal(4, Directory.GetFiles(Path.Combine(input, "glossary")).Length);
    }

    [Fact]
    public void Unknown_category_is_a_usage_error_with_a_suggestion()
    {
        using var temp = new TempFolder();
        var (code, _, error) = Run("new", "entry", "Copay", "--category", "Finanse", "--input", Input(temp));
        Assert.Equal(2, code);
        Assert.Contains("did you mean 'Finance'?", error);
    }
}
