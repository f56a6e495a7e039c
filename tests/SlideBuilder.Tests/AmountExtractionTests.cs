using SlideBuilder.Figures;
using SlideBuilder.Notes;
using SlideBuilder.Tests.Support;
using SlideBuilder.Diagnostics;
using SlideBuilder.Build;
using SlideBuilder.Planning;

namespace SlideBuilder.Tests;

public sealed class AmountExtractionTests : IDisposable
{
    private readonly Workspace _ws = new();

    public void Dispose() => _ws.Dispose();

    private static List<FoundAmount> Amounts(string text) => AmountExtractor.Extract(text, new SourceLocation("t", 1)).Amounts;

    /// <summary>As a build reads them: with the notes' own currencies and number style.</summary>
    private static List<FoundAmount> AsRead(string text) => AmountExtractor.Extract(text, new SourceLocation("t", 1), Language.NumberStyle.Infer(text), LocalCurrencies.Find(text)).Amounts;

    [Fact]
    public void A_currency_the_notes_write_beside_their_amounts_is_recognised_without_being_listed()
    {
        const string talk = """
            In 1971 a tug master earned NOK 14,000 a month, and a deckhand NOK 4,100 a month.
            Overtime was kr 35 an hour for the crew. The harbour board's budget was NOK 12 million in 1971.
            On the inland lakes the ferrymen were paid in another way: 900 cruzeiros a week, 1,100 cruzeiros a week for a mate,
            and 40 cruzeiros a day for a boy. In 1972 there were 40 boats and 300 men on the lakes.
            """;
        var local = LocalCurrencies.Find(talk);
        Assert.Equal("kroner", local["NOK"]);
        Assert.Equal("kroner", local["kr"]); // beside NOK, "kr" is the same kroner
        Assert.Equal("cruzeiros", local["cruzeiros"]);
        // Words that stand beside numbers for other reasons are not currencies.
        Assert.False(local.ContainsKey("in"));
        Assert.False(local.ContainsKey("boats"));
        Assert.False(local.ContainsKey("men"));

        var amounts = AmountExtractor.Extract(talk, new SourceLocation("t", 1), null, local).Amounts;
        var tug = Assert.Single(amounts, a => a.Low == 14000);
        Assert.Equal(("kroner", Period.Month, AmountKind.Income), (tug.Currency, tug.Period, tug.Kind));
        Assert.Contains(amounts, a => a.Low == 35 && a.Currency == "kroner" && a.Period == Period.Hour);
        Assert.Contains(amounts, a => a.Low == 12e6 && a.Kind == AmountKind.Other); // a budget, never an income
        Assert.Contains(amounts, a => a.Low == 1100 && a.Currency == "cruzeiros" && a.Period == Period.Week);
        Assert.DoesNotContain(amounts, a => a.Low is 40 or 300 && a.Currency is "boats" or "men");
        // An abbreviation of two currencies is named as written: "RM" is ringgit in Kuala Lumpur and Reichsmark in 1927 Hamburg.
        Assert.Equal("RM", LocalCurrencies.Find("A room cost RM 30 a month; a violinist earned RM 180 a month and a cellist RM 200.")["RM"]);
        // Without the talk's own currencies none of these is an amount.
        Assert.DoesNotContain(AmountExtractor.Extract(talk, new SourceLocation("t", 1)).Amounts, a => a.Low == 14000);
    }

    [Theory]
    [InlineData("Each volunteer drew a ₹400-a-day allowance during the camp.", 400, Period.Day)]
    [InlineData("Cleaners were on $12/hr and supervisors on $19 per hr.", 12, Period.Hour)]
    [InlineData("A junior reporter started at £9,000 p.a. in 1979.", 9000, Period.Year)]
    [InlineData("The agency paid its drivers €60/week on top of fuel.", 60, Period.Week)]
    [InlineData("Pickers earned R35 an hour, or R280 a day.", 35, Period.Hour)]
    [InlineData("Lecturers were paid $3,100 monthly.", 3100, Period.Month)]
    [InlineData("Interpreters were paid $45 hourly.", 45, Period.Hour)]
    public void The_period_of_an_amount_is_read_in_every_way_it_is_written(string sentence, double value, Period period)
    {
        Assert.Equal(period, Assert.Single(Amounts(sentence), a => a.Low == value).Period);
    }

    [Fact]
    public void Who_told_me_she_took_home_an_amount_is_its_earner()
    {
        var amount = Assert.Single(Amounts("One owner in Higashiosaka told me she took home ¥3.6 million a year after working eighty hours a week."));
        Assert.Contains("owner", amount.Label, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("took", amount.Label, StringComparison.Ordinal);
        Assert.Equal((AmountKind.Income, Period.Year), (amount.Kind, amount.Period));
        // The pronoun agrees: "they" are the cleaners, not the manager who said it; "told franchisees they" means the franchisees.
        Assert.Contains("cleaners", Assert.Single(Amounts("I asked the manager about the cleaners and she said they took home £300 a week.")).Label, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("franchisees", Assert.Single(Amounts("The chain told franchisees they would take home ¥5 million a year.")).Label, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("The chain threatened to end her contract and pay a penalty of ¥17 million.", 17e6)]
    [InlineData("In 2019 an owner in Higashiosaka closed at night without permission. The chain threatened to end her contract and pay a penalty of ¥17 million.", 17e6)]
    [InlineData("Each franchisee pays a royalty of about $40,000 a year to the chain.", 40000)]
    public void A_penalty_or_a_royalty_paid_is_no_income(string sentence, double value)
    {
        Assert.Equal(AmountKind.Other, Assert.Single(Amounts(sentence), a => a.Low == value).Kind);
    }

    [Fact]
    public void An_authors_royalties_are_her_income()
    {
        Assert.NotEqual(AmountKind.Other, Assert.Single(Amounts("Her royalties came to £12,000 a year by 1965.")).Kind);
    }

    [Fact]
    public void An_amount_said_again_without_its_period_keeps_the_period_it_was_given()
    {
        var amounts = Amounts("By 2019 the night rate had risen to ¥1,150/hr. A student working twenty-eight hours at ¥1,150 earned about ¥32,000 a week.");
        Assert.Equal(2, amounts.Count(a => a.Low == 1150));
        Assert.All(amounts.Where(a => a.Low == 1150), a => Assert.Equal(Period.Hour, a.Period));
        Assert.Equal(Period.Week, Assert.Single(amounts, a => a.Low == 32000).Period);
    }

    [Fact]
    public void A_pronoun_is_labelled_with_whom_it_means_and_each_amount_with_its_own_year()
    {
        var amounts = Amounts("The harbour master, Mr Anselm Doyle, came to the port in 1931. He was paid £280 a year in 1932 and £350 a year by 1938. "
            + "The night watchman kept the gate. She earned £2 a week.");
        Assert.Equal(["Mr Anselm Doyle (1932)", "Mr Anselm Doyle (1938)", "Night watchman"], amounts.Select(a => a.Label));
        Assert.DoesNotContain(amounts, a => a.Label.StartsWith("He", StringComparison.Ordinal) || a.Label.StartsWith("She", StringComparison.Ordinal));
    }

    [Fact]
    public void A_subsidy_that_stood_at_an_amount_is_no_income()
    {
        var amounts = Amounts("A return ticket cost 25 cents, and the company's annual subsidy from the city stood at $14 million by 1960.");
        Assert.All(amounts, a => Assert.NotEqual(AmountKind.Income, a.Kind));
        Assert.Contains(amounts, a => a.Low == 14e6 && a.Kind == AmountKind.Other);
    }

    [Theory]
    [InlineData("Rp 1.200.000", 1_200_000)]
    [InlineData("2,400,000", 2_400_000)]
    public void Several_groups_of_three_are_thousands_in_either_number_style(string text, double value)
    {
        Assert.True(Language.NumberStyle.English.TryParse(text.Replace("Rp ", "", StringComparison.Ordinal), out var english));
        Assert.True(Language.NumberStyle.Continental.TryParse(text.Replace("Rp ", "", StringComparison.Ordinal), out var continental));
        Assert.Equal(value, english);
        Assert.Equal(value, continental);
        Assert.Equal(value, Assert.Single(Amounts($"A dyer earned {text} rupiah a month.")).Low);
    }

    [Theory]
    [InlineData("A deckhand on the night ferry earned 180 pesos a day.", "Deckhand")]
    [InlineData("The cook, who had worked the galley since 1951, was paid 2,400 pesos a month.", "Cook")]
    [InlineData("The inspector who visits the mine each quarter is paid about R4,000 a month.", "Inspector")]
    [InlineData("A sorter standing at the belt all shift took home 95 rand a week.", "Sorter")]
    [InlineData("Most of them work extra bank shifts, which pay £12.60 an hour.", "Extra bank shifts")]
    [InlineData("The relief nurse I spoke to received £22 an hour.", "Relief nurse")]
    [InlineData("The captain's salary was 9,000 pesos a year.", "Captain")]
    [InlineData("A sardine fisherman earned 1,200 escudos a month, and a skipper about 4,500 escudos a month.", "Sardine fisherman", "Skipper")]
    [InlineData("The night watchmen were paid by the month: R190 a month and a coat.", "Night watchmen")]
    [InlineData("A newly qualified porter is paid £21,000 a year.", "Newly qualified porter")]
    public void The_label_names_who_earns_the_amount(string sentence, params string[] labels)
    {
        Assert.Equal(labels, Amounts(sentence).Select(a => a.Label));
    }

    [Fact]
    public void Lakh_grouping_and_repeated_labels_keep_every_bar()
    {
        Assert.Equal(180000, Assert.Single(Amounts("A mid-size farmer can make ₹1,80,000 a year.")).High);
        var text = "A porter earns £21,000 a year. A porter with ten years' service takes home £1,900 a month. The head porter earns £30,000 a year.";
        var doc = new NotesDocument("x.txt", new TalkSettings(), [new SpeakerNoteBlock([Model.Paragraph.Plain(text)], new SourceLocation("x.txt", 1))]);
        var spec = ((Model.FigureBlock)FigureFinder.AddFigures(doc, fromScript: true).Blocks.OfType<ContentBlock>().Single().Block).Spec!;
        Assert.Equal(3, spec.Labels.Count);
        Assert.Equal([21000, 22800, 30000], spec.Items.Select(i => i.High));
    }

    [Theory]
    [InlineData("A picker was paid 1.800 lire a day and the cellar master 95.000 a month.", "continental")]
    [InlineData("Bread cost 3,5 francs; wages were 12,25 francs.", "continental")]
    [InlineData("A porter earns £21,000 a year and a pint costs £4.50.", "English")]
    [InlineData("A picker was paid 1.800 lire a day; the ledger says 14,000 in all.", "English")]
    [InlineData("Eleven boats came up the slipway.", "English")]
    [InlineData("Spinners earned 1.800 lire a day; the shift started at 6.30 and the whistle blew at 14.00.", "continental")]
    [InlineData("A pint cost £6.30 and the ferry left at 14.00.", "English")]
    [InlineData("The share was 0.125 of the catch.", "English")]
    public void Notes_that_do_not_say_their_language_are_read_in_the_number_style_their_text_uses(string text, string expected)
    {
        Assert.Equal(expected == "English" ? Language.NumberStyle.English : Language.NumberStyle.Continental, Language.NumberStyle.Infer(text));
    }

    [Fact]
    public void A_rate_said_again_in_a_later_paragraph_without_its_period_is_never_drawn_as_a_yearly_income()
    {
        var doc = new NotesDocument("x.txt", new TalkSettings(), [
            new SpeakerNoteBlock([Model.Paragraph.Plain("By 2019 the night rate had risen to roughly ¥1,150/hr.")], new SourceLocation("x.txt", 1)),
            new SpeakerNoteBlock([Model.Paragraph.Plain("A student working the full twenty-eight hours at ¥1,150 earned about ¥32,000 a week. "
                + "An owner told me she took home ¥3.6 million a year. A manager at head office earned ¥6 million a year.")], new SourceLocation("x.txt", 3))]);
        var spec = ((Model.FigureBlock)FigureFinder.AddFigures(doc, fromScript: true).Blocks.OfType<ContentBlock>().Single().Block).Spec!;
        Assert.DoesNotContain(spec.Items, i => i.High == 1150);
        Assert.Equal(3, spec.Items.Count);
    }

    [Fact]
    public void Continental_amounts_in_prose_are_read_as_thousands_and_drawn()
    {
        var text = "A picker was paid 1.800 lire a day. A cart driver got 2.500 lire a day. The foreman was paid 3.200 lire a day.";
        var doc = new NotesDocument("x.txt", new TalkSettings(), [new SpeakerNoteBlock([Model.Paragraph.Plain(text)], new SourceLocation("x.txt", 1))]);
        var spec = ((Model.FigureBlock)FigureFinder.AddFigures(doc, fromScript: true).Blocks.OfType<ContentBlock>().Single().Block).Spec!;
        Assert.Equal([1800, 2500, 3200], spec.Items.Select(i => i.High));
    }

    [Theory]
    [InlineData("The trust was paying the agency £38 an hour for the same nurse.")]
    [InlineData("One ledger shows a room let to four fishermen at 300 escudos a month.")]
    [InlineData("A single man could live in a company dormitory for ¥8,000 a month.")]
    [InlineData("In the first year we got a once-off equipment grant of €62,000.")]
    [InlineData("He had paid ₹9,000 in interest by the end of the season.")]
    [InlineData("A new pair of boots was $12 and the company paid half.")]
    public void Money_paid_to_a_firm_or_for_a_room_is_not_an_income(string sentence)
    {
        // Other, or at least not called an income: either way it never reaches an income figure.
        Assert.NotEqual(AmountKind.Income, Assert.Single(Amounts(sentence)).Kind);
    }

    [Theory]
    [InlineData("A gutter on the night shift had R19 a week.")]
    [InlineData("Bank shifts, which pay £12.60 an hour, make the month add up.")]
    [InlineData("The warden is on £31,000 a year.")]
    [InlineData("A smallholder household lives on about ₹11,000 a month.")]
    public void What_someone_has_is_paid_or_lives_on_is_an_income(string sentence)
    {
        Assert.Equal(AmountKind.Income, Assert.Single(Amounts(sentence)).Kind);
    }

    [Fact]
    public void A_price_with_no_word_of_pay_and_no_period_never_reaches_an_income_figure_nor_does_a_ratio_of_looms()
    {
        var text = "A spinner earned $12 a week. A weaver earned $22 a week. The overseer earned $1,400 a year. A bowl of soup at the mill gate was 10 cents, and a pair of work shoes $2.95. A weaver could be asked to mind twice as many looms.";
        var doc = new NotesDocument("x.txt", new TalkSettings(), [new SpeakerNoteBlock([Model.Paragraph.Plain(text)], new SourceLocation("x.txt", 1))]);
        var spec = ((Model.FigureBlock)FigureFinder.AddFigures(doc, fromScript: true).Blocks.OfType<ContentBlock>().Single().Block).Spec!;
        Assert.Equal([624, 1144, 1400], spec.Items.Select(i => i.High));
        Assert.DoesNotContain(spec.Annotations, a => a.StartsWith('×'));
    }

    [Theory]
    [InlineData("The wages of unskilled workers are 1200 to 1500 roubles a year and even less.", "Unskilled workers", 1200, 1500, false, Period.Year)]
    [InlineData("On the average, the income of each collective farm is about 4,000 roubles.", "Collective farm (average)", 4000, 4000, true, Period.Unstated)]
    [InlineData("It was reported in the Kremlin, for example, that the collective fishermen earned in 1935 twice as much as in 1934, or 1,919 roubles each.", "Collective fishermen (1935)", 1919, 1919, false, Period.Unstated)]
    [InlineData("On the other hand, there are collectives in which the income amounts to 80,000 roubles for each household.", "Collectives, per household", 80000, 80000, false, Period.Unstated)]
    [InlineData("A care worker is paid between $9 and $11 an hour.", "Care worker", 9, 11, false, Period.Hour)]
    [InlineData("Rent takes 80 000 roubles a year.", "Rent", 80000, 80000, false, Period.Year)]
    [InlineData("The salary of a junior doctor is £32,000 per year.", "Junior doctor", 32000, 32000, false, Period.Year)]
    // Whose amount: the owner written just before it, a second earner after "and … twice that,", "average" only in its own clause.
    [InlineData("That mean is misleading, since it mixes the boiler's £25 a year with the raker boys' wages.", "Boiler", 25, 25, false, Period.Year)]
    [InlineData("A raker might make £30 a year, and a head boiler perhaps twice that, £60 a year.", "Head boiler", 60, 60, false, Period.Year)]
    // A noun phrase ending in a word that can be an adjective ("cooperative") before "took"; a post named by pointing back
    // ("the same work") is known by its place; the same earner at two times is told apart by the time.
    [InlineData("In the second season a picker in our collective took home about $900 a month.", "Picker (second season)", 900, 900, true, Period.Month)]
    [InlineData("At the old cannery the same work had paid $1,400 a month.", "Old cannery", 1400, 1400, false, Period.Month)]
    [InlineData("By the final year a driver earned $2,000 a month.", "Driver (final year)", 2000, 2000, false, Period.Month)]
    // A year between the earner and the verb says when, not who.
    [InlineData("A stoker on the night boat in 1922 took home about $30 a week.", "Stoker (1922)", 30, 30, true, Period.Week)]
    public void Amounts_are_found_with_ranges_separators_approximations_periods_and_a_label(string sentence, string label, double low, double high, bool approx, Period period)
    {
        var amount = Amounts(sentence)[^1];
        Assert.Equal((label, low, high, approx, period), (amount.Label, amount.Low, amount.High, amount.Approx, amount.Period));
    }

    [Theory]
    [InlineData("In the year 1935, the system of planned distribution again gave way to trade.")]
    [InlineData("The demand for pastries was only 15 to 20 per cent satisfied.")]
    [InlineData("Around 25 million, or 12-15 percent of the population.")]
    public void Numbers_without_a_currency_are_not_amounts(string sentence)
    {
        Assert.Empty(Amounts(sentence));
    }

    [Fact]
    public void Multipliers_are_found_as_ratios()
    {
        var (_, multipliers) = AmountExtractor.Extract(
            "The fishermen earned twice as much as in 1934. In general, the income of these big farmers is ten to fifteen times more than the wage of the average worker.",
            new SourceLocation("t", 1));
        Assert.Equal(["×2", "×10–15"], multipliers.Select(m => m.Text));
    }

    [Fact]
    public void Weekly_and_yearly_amounts_share_an_axis_only_after_conversion_stated_on_the_figure()
    {
        var path = _ws.Write("pay.md", "---\ntitle: Pay\nfigures: auto\n---\n\n## Pay in the NHS\n\nA healthcare assistant earns £450 a week.\n\nA staff nurse is paid £33,000 a year.\n\nThe salary of a consultant is about £120,000 per year.\n");
        var doc = NotesFileReader.Read(path, new DiagnosticBag());
        var figure = Assert.Single(doc.Blocks.OfType<ContentBlock>().Select(b => b.Block).OfType<Model.FigureBlock>()).Spec!;
        Assert.Equal("pounds", figure.Unit);
        Assert.Equal("per year", figure.Period);
        Assert.Contains("Weekly amounts × 52", figure.Note);
        Assert.Equal([("Healthcare assistant", 23400.0), ("Staff nurse", 33000), ("Consultant", 120000)], figure.Items.Select(i => (i.Label, i.High)));
        Assert.True(figure.Items[2].Approx);
    }

    [Fact]
    public void Hourly_amounts_are_never_drawn_on_a_yearly_axis()
    {
        var path = _ws.Write("pay.md", "---\ntitle: Pay\nfigures: auto\n---\n\n## Pay\n\nA cleaner earns $12 an hour. A cook earns $15 an hour. A porter earns $30,000 a year. A clerk earns $35,000 a year.\n");
        var doc = NotesFileReader.Read(path, new DiagnosticBag());
        // Two incomes on each axis: each is compared on its own, never the hours beside the years.
        var figures = doc.Blocks.OfType<ContentBlock>().Select(b => b.Block).OfType<Model.FigureBlock>().Select(f => f.Spec!).ToList();
        Assert.Equal(2, figures.Count);
        Assert.Equal([12.0, 15], Assert.Single(figures, f => f.Period == "per hour").Items.Select(i => i.High));
        Assert.Equal([30000.0, 35000], Assert.Single(figures, f => f.Period != "per hour").Items.Select(i => i.High));
    }

    [Fact]
    public void Markdown_notes_get_a_figure_unless_they_draw_their_own_or_say_none()
    {
        const string Pay = "# Pay\n\n## Pay\n\nA earns $100 a week. B earns $200 a week. C earns $300 a week.\n";
        List<Model.FigureBlock> Figures(string name, string text) =>
            [.. NotesFileReader.Read(_ws.Write(name, text), new DiagnosticBag()).Blocks.OfType<ContentBlock>().Select(b => b.Block).OfType<Model.FigureBlock>()];

        Assert.Equal([5200, 10400, 15600], Assert.Single(Figures("auto.md", Pay)).Spec!.Items.Select(i => i.High));
        Assert.Empty(Figures("none.md", "---\nfigures: none\n---\n" + Pay));
        var own = Figures("own.md", Pay + "\n```figure\ntitle: Mine\nunit: dollars\nitems:\n  - {label: A, value: 1}\n  - {label: B, value: 2}\n```\n");
        Assert.Equal("Mine", Assert.Single(own).Spec!.Title);
    }

    [SeedFact]
    public void The_seed_deck_has_one_income_figure_with_the_four_amounts_next_to_its_quotation()
    {
        var (_, pptx) = _ws.Build(SeedNotesTests.SeedPath);
        using var deck = new PptxInspector(pptx);
        var figures = Enumerable.Range(0, deck.Slides.Count).Where(i => deck.LayoutName(i) == "Picture/Figure").ToList();
        var index = Assert.Single(figures);
        var alt = deck.Slides[index].Slide.Descendants<DocumentFormat.OpenXml.Presentation.Picture>().Single()
            .NonVisualPictureProperties!.NonVisualDrawingProperties!.Description!.Value;
        Assert.StartsWith("Bar chart, annual income in roubles: Unskilled workers 1,200–1,500; Collective fishermen (1935) 1,919; Collective farm (average) about 4,000; Collectives, per household 80,000.", alt);
        Assert.Contains("1,919 roubles each", deck.NotesText(index - 1)); // the quotation the numbers came from
    }
    [Fact]
    public void An_amount_put_another_way_is_the_same_persons_and_no_bar_of_its_own()
    {
        var amounts = Amounts("A lighterman took home about £9 a week, call it £470 a year. A tug master earned £14 a week, which over a full year is a little over £720.");
        var restated = amounts.Where(a => a.Restates).ToList();
        Assert.Equal([470.0, 720.0], restated.Select(a => a.Low));
        Assert.Equal(["Lighterman", "Tug master"], restated.Select(a => a.Label));
        Assert.All(restated, a => Assert.Equal(Period.Year, a.Period));
        Assert.All(amounts, a => Assert.Equal(AmountKind.Income, a.Kind));
    }

    [Fact]
    public void Their_rate_is_labelled_with_whom_the_sentences_before_name()
    {
        var amounts = Amounts("The crane drivers were hired by the harbour board. In 1962 their basic rate came to £11 a week.");
        Assert.Equal("Crane drivers", Assert.Single(amounts).Label);
        Assert.Equal(AmountKind.Income, amounts[0].Kind);
    }

    [Fact]
    public void Goods_paid_off_in_instalments_are_prices_not_incomes()
    {
        var amounts = Amounts("A sewing machine at £12 paid off at 5s a week, and a pram at £6 from the same shop.");
        Assert.All(amounts, a => Assert.NotEqual(AmountKind.Income, a.Kind));
    }

    [Theory]
    [InlineData("A cooper earned £4 10s a week.", 4.5)]
    [InlineData("A boy was paid £1 5s 6d a week.", 1.275)]
    public void Pre_decimal_shillings_and_pence_belong_to_their_pounds(string sentence, double pounds)
    {
        var amount = Assert.Single(Amounts(sentence));
        Assert.Equal(pounds, amount.Low, 4);
        Assert.Equal(Period.Week, amount.Period);
    }

    [Fact]
    public void A_currency_written_after_a_magnitude_counts_as_written_after_its_number()
    {
        var talk = "The city's cloth trade was worth 1.2 million ducats. A shearer made 20 ducats a year, a dyer 45 ducats, a merchant 400 ducats a year. "
            + "The gold ducats were struck in Venice; 12 ducats bought a horse, and 3 ducats a year rented a room.";
        Assert.True(LocalCurrencies.Find(talk).ContainsKey("ducats"));
    }


    [Fact]
    public void Swiss_apostrophe_thousands_are_read_whole()
    {
        var amounts = AsRead("A trained baker earns CHF 4'800 a month, and the head baker 5’650 francs a month.");
        Assert.Equal([4800, 5650], amounts.Select(a => a.Low));
        Assert.All(amounts, a => Assert.Equal("francs", a.Currency));
    }

    [Theory]
    [InlineData("A newly appointed keeper earned ฿1,750 a month in 1978.", 1750, "baht")]
    [InlineData("A nurse in Cebu earned ₱18,500 a month.", 18500, "pesos")]
    [InlineData("A teacher in Lviv earned ₴9,000 a month.", 9000, "hryvnias")]
    // A sign the table does not name is still money: the axis is named by the sign.
    [InlineData("A guard earned ₯300 a month.", 300, "₯")]
    public void Any_currency_sign_marks_an_amount(string sentence, double value, string currency)
    {
        var amount = Assert.Single(Amounts(sentence));
        Assert.Equal((value, currency, Period.Month), (amount.Low, amount.Currency, amount.Period));
    }

    [Fact]
    public void A_two_letter_currency_written_after_its_amounts_is_recognised()
    {
        const string talk = "A regular developer was on 14 500 zł a month gross, and our seniors were on 21 000 zł a month gross. Our one junior, hired straight out of the Politechnika, started at 9 500 zł a month.";
        var local = LocalCurrencies.Find(talk);
        Assert.Equal("zloty", local["zł"]);
        var amounts = AmountExtractor.Extract(talk, new SourceLocation("t", 1), Language.NumberStyle.Infer(talk), local).Amounts;
        Assert.Equal([14500, 21000, 9500], amounts.Select(a => a.Low));
        Assert.All(amounts, a => Assert.Equal((AmountKind.Income, Period.Month), (a.Kind, a.Period)));
        // Who earns each: never the words of an aside ("Politechnika") or of the clause before ("month gross").
        Assert.Equal(["Regular developer", "Seniors", "Junior"], amounts.Select(a => a.Label));
    }

    [Fact]
    public void The_earner_is_the_phrase_before_an_aside_closed_just_before_the_verb()
    {
        var amount = Assert.Single(AsRead("Our head baker, who also plans the production and orders the flour, earns CHF 5'650 a month."));
        Assert.Equal("Head baker", amount.Label);
    }

    [Fact]
    public void The_items_of_a_list_of_amounts_take_the_period_kind_and_earner_of_the_first()
    {
        var amounts = AsRead("Apprentice pay in Switzerland is low everywhere, and ours is no exception: CHF 720 a month in the first year, CHF 980 in the second, and CHF 1'250 in the third.");
        Assert.Equal([720, 980, 1250], amounts.Select(a => a.Low));
        Assert.All(amounts, a => Assert.Equal((AmountKind.Income, Period.Month), (a.Kind, a.Period)));
        Assert.Equal(["Apprentice (first year)", "Apprentice (second year)", "Apprentice (third year)"], amounts.Select(a => a.Label));
    }

    [Theory]
    [InlineData("When I first visited, the going rate was ₦2,500 a day.", 2500, Period.Day)]
    [InlineData("After years of strikes the daily rate rose to 1,000 rupees a day in 2021.", 1000, Period.Day)]
    [InlineData("The minimum was raised to 12,500 taka a month from December 2023.", 12500, Period.Month)]
    public void A_rate_or_minimum_by_the_day_or_month_is_a_wage(string sentence, double value, Period period)
    {
        var amount = Assert.Single(Amounts(sentence));
        Assert.Equal((value, period, AmountKind.Income), (amount.Low, amount.Period, amount.Kind));
    }

    [Theory]
    [InlineData("The rent rate was 400 rupees a month for a room.")]
    [InlineData("The exchange rate was 4 francs.")]
    public void A_rate_of_rent_or_without_a_period_is_no_wage(string sentence)
    {
        Assert.All(Amounts(sentence), a => Assert.NotEqual(AmountKind.Income, a.Kind));
    }

    [Theory]
    [InlineData("The clerk earned NOK 6,100 a month, and she corrected one pilot's fee claim three times in a single month.", 0)]
    [InlineData("The director in Bangkok earned about eight times what a keeper earned, some ฿48,000 a month.", 1)]
    public void A_ratio_is_said_against_something_a_count_of_times_is_not(string sentence, int ratios)
    {
        Assert.Equal(ratios, AmountExtractor.Extract(sentence, new SourceLocation("t", 1)).Multipliers.Count);
    }

    [Fact]
    public void A_currency_sign_after_the_number_as_continental_notes_write_it_marks_an_amount()
    {
        var amounts = AsRead("A rank-and-file player earns 2.400 € a month before tax, and a section leader 3.150 € a month. A freelancer once got 1.850,50 € for the week.");
        Assert.Equal([2400, 3150, 1850.5], amounts.Select(a => a.Low));
        Assert.All(amounts, a => Assert.Equal("euros", a.Currency));
        Assert.Equal(Period.Month, amounts[0].Period);
    }

    [Theory]
    [InlineData("A hewer, at the coal face, earned £5 a week.", "Hewer")]
    [InlineData("Our junior from the technical school, hired in June, started at 9 500 zł a month.", "Junior")]
    public void The_earner_is_the_clauses_first_phrase_before_an_aside(string sentence, string label)
    {
        Assert.Equal(label, Assert.Single(AsRead(sentence)).Label);
    }

    [Theory]
    [InlineData("Rent started at £3 a week and rose to £5 by 1950.")]
    [InlineData("The going rate for a generator was ₦2,500 a day.")]
    [InlineData("The figure for groceries was ₦4,000 a week.")]
    [InlineData("The moneylender's rate was 10 rupees a month on every hundred.")]
    public void Rents_hire_rates_and_costs_are_no_wage(string sentence)
    {
        Assert.All(AsRead(sentence), a => Assert.NotEqual(AmountKind.Income, a.Kind));
    }

    [Fact]
    public void A_difference_after_an_amount_is_no_item_of_a_list()
    {
        var amounts = AsRead("In 1950 she earned ₹900 a month, ₹200 more than her husband.");
        Assert.Equal(Period.Month, amounts[0].Period);
        Assert.Equal(Period.Unstated, amounts[1].Period);
    }

    [Fact]
    public void How_often_something_is_paid_is_no_ratio()
    {
        Assert.Empty(AmountExtractor.Extract("They were paid twice a month, and the wage was £4 a week.", new SourceLocation("t", 1)).Multipliers);
    }
}
