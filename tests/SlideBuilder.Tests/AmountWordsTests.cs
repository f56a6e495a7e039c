using SlideBuilder.Build;
using SlideBuilder.Diagnostics;
using SlideBuilder.Figures;
using SlideBuilder.Notes;
using SlideBuilder.Tests.Support;

namespace SlideBuilder.Tests;

/// <summary>What an amount is (an income or not) and what it is counted over, from the words around it.</summary>
public sealed class AmountWordsTests : IDisposable
{
    private readonly Workspace _ws = new();

    public void Dispose() => _ws.Dispose();

    private List<Model.FigureSpec> FiguresOf(string notes) =>
        [.. NotesFileReader.Read(_ws.Write("talk.txt", notes), new DiagnosticBag()).Blocks.OfType<ContentBlock>().Select(b => b.Block).OfType<Model.FigureBlock>().Select(f => f.Spec!)];

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

    [Fact]
    public void The_period_said_around_an_amount_is_its_period()
    {
        Assert.Equal(Period.Month, Assert.Single(AsRead("A porter in a city hotel might have a base monthly salary of ¥240,000.")).Period);
        Assert.Equal(Period.Month, Assert.Single(AsRead("Her stall earned about R$ 2.600 in a good month.")).Period);
        Assert.Equal(Period.Hour, Assert.Single(AsRead("The statutory minimum rate is 12,50 € gross for every hour worked.")).Period);
        // A sum worked out from the one before, over the span the sentence before names.
        var worked = AsRead("Pickers are paid by the crate, at €1.50 a crate, and a fast picker fills four hundred crates in a day. That is €600, which sounds a lot.");
        Assert.Equal((AmountKind.Income, Period.Day), (worked[1].Kind, worked[1].Period));
    }

    [Fact]
    public void A_piece_rate_is_counted_by_its_piece_and_whose_it_is_is_no_piece()
    {
        var amounts = AsRead("The planters' rate was 14 cents a tree. A shift leader gets ¥6,000 for each shift worked. The best farms earned 50,000 roubles for each household.");
        Assert.Equal(["tree", "shift", null], amounts.Select(a => a.Per));
        Assert.Equal(AmountKind.Income, amounts[0].Kind); // the planters' rate
        Assert.Equal("cents", amounts[0].Currency);
        // A lender's rate is no pay.
        Assert.NotEqual(AmountKind.Income, Assert.Single(AsRead("The moneylender's rate was 10 rupees a month on every hundred.")).Kind);
    }

    [Fact]
    public void A_label_that_names_nobody_gives_way_to_the_role_the_sentence_is_about()
    {
        var amounts = AsRead("The porter at the main gate was hired on casual terms and paid R300 a day. "
            + "In 1931 Miss Anna Brandt was paid £312 a year. A mechanic earns R2,950 a month.");
        Assert.Equal("Porter", amounts[0].Label);
        Assert.StartsWith("Miss Anna Brandt", amounts[1].Label, StringComparison.Ordinal); // a name is somebody
        Assert.Equal("Mechanic", amounts[2].Label); // one word, and the sentence's own subject: not the porter of the sentence before
    }

    [Fact]
    public void Figures_never_put_a_piece_rate_or_a_month_taken_for_a_year_on_a_yearly_axis()
    {
        var figures = FiguresOf("""
            Pay on the line

            A machinist earns KSh 21,000 a month. A supervisor earns KSh 34,000 a month. A packer is paid KSh 14,000 a month.
            A trainee has a stipend of KSh 9,000. Stitchers on piece work earn KSh 12 a shirt.

            Pay in the office

            The office clerk earns KSh 18,000 a month.
            """);
        var yearly = Assert.Single(figures);
        // The stipend said without a period is smaller than a month's pay: no year's income; the piece rate is on no time axis.
        Assert.Equal([14000.0 * 12, 21000 * 12, 34000 * 12], yearly.Items.Select(i => i.High));
    }

    [Fact]
    public void Incomes_left_over_from_short_sections_are_compared_two_at_a_time_on_one_axis()
    {
        var figures = FiguresOf("""
            The owner

            The owner told me his takings come to R1,200 a day on a busy route.

            The driver

            Out of that the driver is paid a wage of R380 a day, and petrol costs R900 on a busy day.

            The month

            A driver who works twenty-four days earns a little over R9,100 a month.
            """);
        var daily = Assert.Single(figures);
        Assert.Equal("per day", daily.Period);
        Assert.Equal([380.0, 1200], daily.Items.Select(i => i.High));
    }

    [Fact]
    public void A_sum_said_first_without_its_period_takes_the_one_said_later()
    {
        var figures = FiguresOf("""
            The orchestra

            One violist showed me her pay slip for the month: 1.750,00 € gross. A tutti player on a full contract earns 2.600 € a month,
            and a section leader about 3.300 € a month.

            The tour

            The tour is carried by a violist on 1.750,00 € a month.
            """);
        var figure = Assert.Single(figures);
        Assert.Equal([1750.0 * 12, 2600 * 12, 3300 * 12], figure.Items.Select(i => i.High));
    }

    [Theory]
    // What someone is on, or works for, by the hour or the year is their pay; a take-home is pay; "across a month" is a period.
    [InlineData("Her neighbour has a job on the ferry crew, on £29,000 a year.", 29000, Period.Year)]
    [InlineData("One crofter works shifts at the fish farm for £13 an hour, and drives an hour each way to do it.", 13, Period.Hour)]
    [InlineData("Across a month of twenty-four working days his take-home comes to about ₹19,000.", 19000, Period.Month)]
    public void What_someone_is_on_works_for_or_takes_home_is_pay(string sentence, double value, Period period)
    {
        var amount = Assert.Single(AsRead(sentence), a => a.High == value);
        Assert.Equal((AmountKind.Income, period), (amount.Kind, amount.Period));
    }
}
