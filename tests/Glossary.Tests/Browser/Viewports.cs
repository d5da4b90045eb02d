namespace Glossary.Tests.Browser;

/// <summary>The sizes a page is checked at: a phone (390×844) and a desktop (1280×800).</summary>
public static class Viewports
{
    private static readonly (int Width, int Height)[] Sizes = [(390, 844), (1280, 800)];

    public static TheoryData<int, int> PhoneAndDesktop()
    {
        var data = new TheoryData<int, int>();
        foreach (var (width, height) in Sizes) data.Add(width, height);
        return data;
    }

    /// <summary>Each page at each size.</summary>
    public static TheoryData<string, int, int> EachAtPhoneAndDesktop(params string[] pages)
    {
        var data = new TheoryData<string, int, int>();
        foreach (var page in pages)
            foreach (var (width, height) in Sizes) data.Add(page, width, height);
        return data;
    }
}
