using Glossary.Bench;
using Glossary.Bench.Corpus;
using Glossary.Bench.Hugo;

// Usage:
//   dotnet run --project bench/Glossary.Bench -c Release -- [N ...] [--no-native]
//                                                                       generate corpora and benchmark them (default 1000 10000)
//   ... -- generate sparse|dense N INPUT [--spanish]                     write a corpus of N entries (with a Spanish twin of each)
//   ... -- hugo-site INPUT HUGO                                          write Hugo's equivalent site for a corpus (to time it alone)
//   ... -- compare [N ...]                                               ours against Hugo, sparse and link-dense corpora (default 1000 10000)
//   ... -- build-once INPUT OUTPUT                                       one measured build in this process (used by the above)
//   ... -- build-warm INPUT N [--full-check]                             N builds in one process, phase by phase (the output check as 'build' runs it, or AngleSharp's)
//   ... -- serve-edit INPUT                                              edit-to-served time of 'glossary serve' on a corpus
//   ... -- search-compare OUTPUT                                         our search vs Pagefind on a built site (needs chromium, npm ci in bench/pagefind)
//   ... -- profile-parse INPUT                                           cold vs warm cost of Markdig, YamlDotNet and the parse module
//   ... -- profile-check OUTPUT                                          the rendered-output check on a built site, against AngleSharp's tokenizer alone
if (args is ["generate", var kindName, var countText, var generateInput, .. var generateFlags])
{
    CorpusGenerator.Generate(generateInput, int.Parse(countText), Enum.Parse<CorpusKind>(kindName, ignoreCase: true));
    if (generateFlags is ["--spanish"]) SpanishTwins.Add(generateInput);
    return 0;
}

if (args is ["hugo-site", var hugoInput, var hugoFolder])
{
    HugoSite.Write(hugoInput, hugoFolder);
    return 0;
}

if (args is ["build-once", var onceInput, var onceOutput])
    return BuildOnce.Run(onceInput, onceOutput);

if (args is ["build-warm", var warmInput, var rounds, ..])
    return WarmRuns.Build(warmInput, int.Parse(rounds), fullCheck: args.Contains("--full-check"));

// With "summary", each round edits the entry's summary (shown on many pages) instead of its body.
if (args is ["update-warm", var updateInput, var updateRounds, .. var updateWhat])
    return WarmRuns.Update(updateInput, int.Parse(updateRounds), editSummary: updateWhat is ["summary"]);

if (args is ["serve-edit", var serveInput])
    return await ServeEditBenchmark.RunAsync(Path.GetFullPath(serveInput));

if (args is ["search-compare", var compareOutput])
    return await SearchComparison.RunAsync(Path.GetFullPath(compareOutput),
        Path.Combine(Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..")), "pagefind", "node_modules", ".bin", "pagefind"));

if (args is ["compare", .. var compareSizes])
{
    var root = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", ".."));
    return HugoComparison.Run(root, typeof(CorpusGenerator).Assembly.Location, compareSizes.Length == 0 ? [1000, 10000] : [.. compareSizes.Select(int.Parse)]);
}

if (args is ["profile-check", var checkOutput])
{
    CheckProfile.Run(checkOutput);
    return 0;
}

if (args is ["profile-parse", var profileInput])
    return ParseProfile.Run(profileInput);

var sizes = args.Where(a => a != "--no-native").Select(int.Parse).ToArray();
return ScalingBenchmark.Run(sizes.Length == 0 ? [1000, 10000] : sizes, withNative: !args.Contains("--no-native"));
