using SlideBuilder.Diagnostics;
using SlideBuilder.Figures;

namespace SlideBuilder.Tests;

/// <summary>What an amount is (an income or not) and what it is counted over, from the words around it.</summary>
public sealed class AmountWordsTests
{
    /// <summary>As a build reads them: with the notes' own currencies and number style.</summary>
    private static List<FoundAmount> AsRead(string text) =>
        AmountExtractor.Extract(text, new SourceLocation("t", 1), Language.NumberStyle.Infer(text), LocalCurrencies.Find(text)).Amounts;

    [Theory]
    // A word of pay beside a comma still counts.
    [InlineData("The boss hands each loader a wage, which on most piers I saw was R410 a day.", 410)]
    // Takings, what someone clears or nets, what something brings in, a premium or bonus: incomes.
    [InlineData("The landlord expects his takings to reach R2,300 a day.", 2300)]
    [InlineData("One grower told me she clears about ₱40,000 a month in a good year.", 40000)]
    [InlineData("Since the contract was signed the workshop has been bringing in about €6,500 a month.", 6500)]
    [InlineData("On the late rota the unsocial-hours premium came to around £3 an hour.", 3)]
    // An employer that pays, naming nothing it pays for, pays wages.
    [InlineData("Some of the larger farms pay rather more, up to R95 an hour.", 95)]
    // "The cooperative pays…": a word that can be an adjective is the subject's noun before its verb.
    [InlineData("The cooperative pays its pickers about $38.000 a week during the harvest in pesos.", 38000)]
    // The clause after the amount calls it an income.
    [InlineData("Shared out over the year that is about ₦95,000 a month, which round here is a decent family income.", 95000)]
    public void Amounts_the_sentence_calls_pay_are_incomes(string sentence, double value)
    {
        var amount = Assert.Single(AsRead(sentence), a => a.High == value);
        Assert.Equal(AmountKind.Income, amount.Kind);
    }

    [Theory]
    // The noun the amount stands before says what it is, whatever the verb ("got").
    [InlineData("In the spring we applied for, and somehow got, a €75,000 grant from the city.", 75000)]
    [InlineData("She earned nothing that week and still got a £40 fine for parking.", 40)]
    // What a household pays to join is a contribution, not an income.
    [InlineData("Each member pays a joining contribution of 90.000 pesos, spread over two years.", 90000)]
    // A buyer that pays per piece is paying a price ("pays" before the amount is a verb).
    [InlineData("For each jacket, the importer, a large chain, pays ৳780 a piece at the port.", 780)]
    public void Amounts_the_sentence_calls_something_else_are_not_incomes(string sentence, double value)
    {
        var amount = Assert.Single(AsRead(sentence), a => a.High == value);
        Assert.NotEqual(AmountKind.Income, amount.Kind);
    }

    [Fact]
    public void A_season_is_a_period_of_its_own()
    {
        var amounts = AsRead("Before the cooperative a family cleared about 5,500,000 pesos per season; now it clears 8,000,000 pesos a season.");
        Assert.Equal(2, amounts.Count);
        Assert.All(amounts, a => Assert.Equal(Period.Season, a.Period));
        Assert.All(amounts, a => Assert.Equal(AmountKind.Income, a.Kind));
    }

    [Fact]
    public void A_sign_after_the_number_groups_thousands_with_points_even_in_English_notes()
    {
        var amounts = AsRead("The sponsor pays €3,000 a month. My co-maintainer gets around 1.500 € a month from donations to the project.");
        Assert.Contains(amounts, a => a.High == 1500);
        Assert.DoesNotContain(amounts, a => a.High == 1.5);
    }

    [Fact]
    public void A_dollar_sign_in_a_talk_about_pesos_is_pesos()
    {
        const string talk = "Pickers earn about $520.000 a month. The cooperative's entry fee is 300.000 pesos.";
        Assert.Equal("pesos", LocalCurrencies.Find(talk)["$"]);
        Assert.All(AsRead(talk), a => Assert.Equal("pesos", a.Currency));
        // Where the talk says dollars too, the sign keeps its usual name.
        Assert.False(LocalCurrencies.Find("A picker earns $30 a day, about 25,000 pesos, or 30 dollars.").ContainsKey("$"));
    }
}
