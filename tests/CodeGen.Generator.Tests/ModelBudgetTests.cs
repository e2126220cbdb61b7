using CodeGen.Generator.Modeling;
using Xunit;

namespace CodeGen.Generator.Tests;

/// <summary>The member budget a spec's size buys: one member per few characters that are not white space, between a floor and a cap.</summary>
public sealed class ModelBudgetTests
{
    [Theory]
    [InlineData("a b\tc\r\nd\u00A0e\u2028", 10, 5)]
    [InlineData("a b\tc\r\nd\u00A0e\u2028", 3, 3)]
    [InlineData("   ", 10, 0)]
    public void White_space_is_not_counted_and_counting_stops_at_enough(string text, long enough, long expected) =>
        Assert.Equal(expected, ModelBudget.MeasuredLength(text, enough));

    [Fact]
    public void A_spec_between_the_floor_and_the_cap_buys_one_member_per_four_characters()
    {
        // 200,000 characters buy 50,000 members; the padding buys none.
        var budget = ModelBudget.ForSpec(new string('x', 200_000) + new string(' ', 2_000_000));

        budget.SpendMembers(50_000, "/");
        Assert.Throws<ModelLimitException>(() => budget.SpendMembers(1, "/"));
    }

    [Fact]
    public void A_spec_past_the_cap_buys_the_cap_however_long_it_is()
    {
        var budget = ModelBudget.ForSpec(new string('x', (ModelBudget.MaxMembers * ModelBudget.SpecCharactersPerMember) + 5_000_000));

        budget.SpendMembers(ModelBudget.MaxMembers, "/");
        Assert.Throws<ModelLimitException>(() => budget.SpendMembers(1, "/"));
    }

    [Fact]
    public void A_small_spec_buys_the_floor()
    {
        var budget = ModelBudget.ForSpec("openapi: 3.0.0");

        budget.SpendMembers(ModelBudget.MinMembers, "/");
        Assert.Throws<ModelLimitException>(() => budget.SpendMembers(1, "/"));
    }
}
