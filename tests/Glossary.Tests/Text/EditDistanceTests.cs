using Glossary.Text;

namespace Glossary.Tests.Text;

public sealed class EditDistanceTests
{
    public static TheoryData<string, string, int> Cases()
    {
        var data = new TheoryData<string, string, int>();
        foreach (var (a, b, distance) in EditDistanceCases.All) data.Add(a, b, distance);
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Distance_counts_a_swap_of_neighbouring_letters_as_one_edit(string a, string b, int distance)
    {
        Assert.Equal(distance, EditDistance.Between(a, b));
        Assert.Equal(distance, EditDistance.Between(b, a));
    }

    [Fact]
    public void Long_texts_give_the_same_distance_as_short_ones()
    {
        // Past the stack-allocated rows: 300 letters, one swap and one deletion apart.
        var a = string.Concat(Enumerable.Repeat("abcdefghij", 30));
        var b = "bacdefghij" + a[10..^1];
        Assert.Equal(2, EditDistance.Between(a, b));
    }
}
