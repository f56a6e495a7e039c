namespace SlideBuilder.Language;

/// <summary>
/// A small English lexicon, written for this project: the closed word classes in full, and the
/// open-class words (verbs, adjectives) that talk notes use most. Words not listed are tagged by
/// their endings and their neighbours (<see cref="Tagger"/>); a word nobody listed is a noun.
/// </summary>
internal static class Lexicon
{
    private static HashSet<string> Set(string words) => new(words.Split(' ', StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal);

    public static readonly HashSet<string> Determiners = Set(
        "the a an this these those that every each some any no another such either neither all both half several many much " +
        "few little enough own");

    public static readonly HashSet<string> Possessives = Set("my your his her its our their whose");

    public static readonly HashSet<string> Pronouns = Set(
        "i you he she it we they me him us them myself yourself himself herself itself ourselves themselves one ones " +
        "something anything nothing everything someone anyone everyone nobody somebody anybody everybody none mine yours " +
        "hers ours theirs there");

    public static readonly HashSet<string> SubjectPronouns = Set("i you he she it we they there who");

    public static readonly HashSet<string> Prepositions = Set(
        "of in on at by for from with without within into onto upon about above below over under between among through " +
        "throughout during before after against across along around behind beside besides beyond toward towards until till " +
        "via per like unlike despite except near inside outside since than amid off out up down past");

    public static readonly HashSet<string> Conjunctions = Set("and or but nor yet plus");

    public static readonly HashSet<string> Subordinators = Set(
        "because although though while whereas since unless if when whenever where wherever whether once as until before " +
        "after so");

    public static readonly HashSet<string> Relatives = Set("which who whom whose that what how why");

    public static readonly HashSet<string> Auxiliaries = Set(
        "be is are was were been being am 's 're have has had having do does did 've 'd");

    public static readonly HashSet<string> Modals = Set("can could will would shall should may might must 'll ought cannot");

    public static readonly HashSet<string> Negations = Set("not never n't no");

    public static readonly HashSet<string> Adverbs = Set(
        "very too also just only even still already almost quite rather really perhaps maybe often always never sometimes " +
        "usually again ever soon then now here there today yesterday tomorrow thus therefore however moreover furthermore " +
        "indeed instead otherwise meanwhile nevertheless nonetheless hence so not well far more most less least much " +
        "further later earlier once twice away back together ago else anyway somewhat largely mostly nearly hardly barely " +
        "simply merely exactly roughly about around");

    public static readonly HashSet<string> NumberWords = Set(
        "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen " +
        "eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds thousand thousands " +
        "million millions billion billions dozen dozens first second third fourth fifth sixth seventh eighth ninth tenth " +
        "half quarter");

    /// <summary>Nouns that carry no topic: a title is never headed by one alone.</summary>
    public static readonly HashSet<string> LightNouns = Set(
        "thing things couple point points way ways fact facts lot lots kind kinds sort sorts part parts case cases example examples " +
        "time times matter matters question questions talk chapter section end start beginning rest deal number numbers " +
        "bit place people man men one ones anything something everything nothing word words term terms idea ideas " +
        "reason reasons sense respect side sides course level levels figure figures same other others today day days year " +
        "years week weeks month months hour hours moment story stories picture footing angle issue issues aspect aspects");

    /// <summary>
    /// Nouns of change and comparison: what follows them ("the rise in prices", "the gap between
    /// the city and the village") is what they are about, never a modifier a cue may drop.
    /// </summary>
    public static readonly HashSet<string> ChangeNouns = Set(
        "rise rises fall falls increase increases decrease decreases growth decline cut cuts drop drops gap gaps difference " +
        "differences share shares contrast contrasts change changes shift shifts jump jumps reduction reductions loss losses");

    /// <summary>Verbs that report what someone said or found: "Trotsky pointed out that …", "it was estimated that …".</summary>
    public static readonly HashSet<string> ReportingVerbs = Set(
        "said says say noted notes note argued argues argue concluded concludes conclude protested protests estimated " +
        "wrote writes explained explains remembered remembers noticed notices believed believes thought claimed claims " +
        "showed shows found finds admitted admits insisted insists warned warns recalled recalls observed observes " +
        "stressed stresses reported reports added adds told tells suggested suggests maintained maintains");

    /// <summary>Verbs whose "to" phrase says who received: "sold her cloth to the middlemen", "lent money to members".</summary>
    public static readonly HashSet<string> GivingVerbs = Set(
        "sold sell sells gave give gives paid pay pays sent send sends lent lend lends owed owe owes handed passed returned offered charged " +
        "transferred granted awarded");

    /// <summary>Period words that complete an amount: "$9 a day", "₹12,000 a month".</summary>
    public static readonly HashSet<string> Periods = Set(
        "hour day week fortnight month quarter season year annum shift trip head meal");

    /// <summary>Base forms of the verbs talk notes use most; their regular forms are derived.</summary>
    private static readonly string[] VerbBases =
    (
        "accept achieve act add admit affect agree aim allow amount announce answer appear apply argue arrange arrive ask assume " +
        "attack attempt attend avoid base become begin believe belong borrow break bring build buy calculate call care " +
        "carry cause change charge check choose claim clean close collect come compare complain complete concern conclude " +
        "consider consist contain continue contribute control convert cost count cover create cross cut deal decide " +
        "decline deepen defend define deliver demand deny depend describe deserve design destroy determine develop die " +
        "disappear discover discuss dismiss divide do doubt drag draw dream drink drive drop earn eat elaborate emerge " +
        "employ enable encourage end enjoy ensure enter escape establish estimate exist expand expect explain express " +
        "extend face fail fall fear feed feel fight fill find finish fish fit fix flow follow force forget form found gain " +
        "gather get give go govern grow guess handle happen hate have head hear help hide hire hit hold hope hurt " +
        "identify ignore imagine imply improve include increase indicate insist intend introduce invest involve join " +
        "judge keep kill know lack last laugh lay lead learn leave lend let lie like limit listen live load look lose " +
        "love maintain make manage manifest mark marry matter mean measure meet mention mind miss move need note notice " +
        "obtain occur offer open operate order organise organize owe own pass pay perform pick place plan play point " +
        "possess prefer prepare present press prevent print produce promise protect prove provide publish pull purchase " +
        "push put quote raise reach read realise realize recall receive recognise recognize record reduce refer reflect " +
        "refuse regard reject relate rely remain remember remind remove rent repeat replace reply report represent " +
        "require rest result retain retire return reveal rise risk rule run save say see seek seem sell send serve set " +
        "settle share shift show shut sign sit sleep speak spend stand start state stay steal stop strike struggle study " +
        "succeed suffer suggest supply support suppose survive take talk teach tell tend thank think threaten throw " +
        "touch trade train travel treat try turn understand undermine use vary visit vote wait walk want warn wash " +
        "watch wear win wish wonder work worry write"
    ).Split(' ');

    /// <summary>Irregular past tenses and participles.</summary>
    private static readonly string[] IrregularForms =
    (
        "was were been became began bent bet broke broken bought brought built burnt caught chose chosen came cost cut dealt did done " +
        "drew drawn drank drove driven ate eaten fell fallen fed felt fought found flew flown forgot forgotten froze got " +
        "gotten gave given went gone grew grown had heard hid hidden held hurt kept knew known laid led left lent let lay " +
        "lain lost made meant met paid put quit read rode ran rang rose risen said saw seen sought sold sent set shook " +
        "shot showed shown shut sang sat slept spoke spoken spent stood stole stolen struck swore taught told thought " +
        "threw thrown took taken understood woke wore won wrote written"
    ).Split(' ');

    /// <summary>Ordinal numbers, which name one of a series ("the second strike") rather than count.</summary>
    public static readonly HashSet<string> Ordinals = Set("first second third fourth fifth sixth seventh eighth ninth tenth last");

    /// <summary>Verbs of paying and charging, whose amount is for something ("pays ₦1,850 for a pack").</summary>
    public static readonly HashSet<string> PayingVerbs = Set("pay pays paid paying spend spends spent spending charge charges charged charging cost costs");

    /// <summary>
    /// Nouns that stand for something said elsewhere ("three things", "the way", "a lot", "a couple"): a cue made of them says
    /// nothing. A shorter list than <see cref="LightNouns"/> (too light to title a slide), whose "respect" or "time" can carry a point ("pay is about respect").
    /// </summary>
    public static readonly HashSet<string> VagueNouns = Set("thing things way ways lot lots bit kind kinds sort sorts stuff one ones part parts point points fact case matter question couple");

    /// <summary>Verbs that carry a clause but say little by themselves ("I have", "that is what I mean").</summary>
    public static readonly HashSet<string> LightVerbs = Set("have has had get gets got do does did say says said think thinks thought know knows knew want wants wanted mean means meant go goes went come comes came seem seems seemed");

    /// <summary>Irregular past tenses that are nothing else: never a participle, a noun or an adjective ("took", not "saw" or "broke").</summary>
    public static readonly HashSet<string> PastOnly = Set(
        "took gave went came began became drew drank drove ate fell flew forgot froze grew knew rode ran rang shook sang sat " +
        "swore threw woke wore wrote spoke stole chose");

    /// <summary>Every form of every listed verb, lower case.</summary>
    public static readonly HashSet<string> VerbForms = BuildVerbForms();

    /// <summary>Verb forms that are as often nouns ("the pay", "a rise", "the work"): their neighbours decide.</summary>
    public static readonly HashSet<string> NounVerbs = WithPlurals(
        "amount amounts pay pays work works rise rises fall falls show shows need needs cost costs use uses rest change changes turn " +
        "turns return returns support record records share shares increase increases demand demands claim claims strike " +
        "strikes report reports deal deals vote votes plan plans order orders point points result results control " +
        "start starts end ends lead leads hope hopes fear fears trade trades form forms state states rule rules face " +
        "faces place places head heads lack mark marks rent rents load loads supply supplies offer offers charge charges " +
        "attempt attempts answer answers quote quotes study studies struggle struggles risk risks hire fish set wage " +
        "design dream drink drop estimate fight fix gain help note notice print promise purchase reply series shift " +
        "sign sleep spend stay stop talk train travel visit walk wash watch wish worry matter matters measure measures " +
        "found love book books pick go");

    private static HashSet<string> WithPlurals(string words)
    {
        var set = Set(words);
        set.UnionWith(set.Where(w => !w.EndsWith('s')).Select(ThirdPerson).ToList());
        return set;
    }

    /// <summary>Adjectives talk notes use most; endings cover many more.</summary>
    public static readonly HashSet<string> Adjectives = Set(
        "good bad new old young great big small large little long short high low hard easy poor rich cheap dear full " +
        "empty free whole main major minor real true false clear late early own same different other certain sure " +
        "able likely unlikely possible impossible necessary important common general special particular private public " +
        "local national social economic political human single double final total average ordinary skilled unskilled " +
        "extra top bottom upper lower middle inner outer best worst better worse higher lower highest lowest greatest " +
        "least wide narrow deep weak strong safe dangerous open closed wrong right fair unfair equal unequal broad " +
        "modern ancient recent current present past future previous next last first second third annual monthly " +
        "weekly daily yearly hourly basic key senior junior chief head black white red green blue brown grey gray " +
        "collective material backward immediate so-called overall entire various several numerous similar serious " +
        "simple complex vast huge tiny slight sharp steady stable constant regular casual permanent temporary " +
        "successful useful useless careful natural normal formal informal official unofficial legal illegal angry happy " +
        "sad glad proud afraid worth alone alive aware busy cold hot warm dry wet heavy light quick slow ready tired");

    /// <summary>Words ending in -ly that are not adverbs.</summary>
    public static readonly HashSet<string> LyNotAdverbs = Set(
        "family supply reply apply rely ally rally belly jelly holy ugly lonely friendly elderly likely unlikely early " +
        "daily weekly monthly yearly hourly only italy july fly assembly anomaly monopoly comply multiply");

    private static HashSet<string> BuildVerbForms()
    {
        var forms = new HashSet<string>(StringComparer.Ordinal);
        foreach (var v in VerbBases)
        {
            forms.Add(v);
            forms.Add(ThirdPerson(v));
            forms.Add(Past(v));
            forms.Add(Gerund(v));
        }

        forms.UnionWith(IrregularForms);
        return forms;
    }

    private static bool Consonant(char c) => "aeiou".IndexOf(c, StringComparison.Ordinal) < 0;

    private static string ThirdPerson(string v) =>
        v.EndsWith('y') && v.Length > 2 && Consonant(v[^2]) ? v[..^1] + "ies"
        : v.EndsWith('s') || v.EndsWith('x') || v.EndsWith("sh", StringComparison.Ordinal) || v.EndsWith("ch", StringComparison.Ordinal) || v == "go" || v == "do" ? v + "es"
        : v + "s";

    private static string Past(string v) =>
        v.EndsWith('e') ? v + "d"
        : v.EndsWith('y') && v.Length > 2 && Consonant(v[^2]) ? v[..^1] + "ied"
        : DoublesFinal(v) ? v + v[^1] + "ed"
        : v + "ed";

    private static string Gerund(string v) =>
        v.EndsWith("ie", StringComparison.Ordinal) ? v[..^2] + "ying"
        : v.EndsWith('e') && !v.EndsWith("ee", StringComparison.Ordinal) && v.Length > 2 ? v[..^1] + "ing"
        : DoublesFinal(v) ? v + v[^1] + "ing"
        : v + "ing";

    // Short verbs ending consonant-vowel-consonant double the consonant: stop → stopped, plan → planning.
    private static bool DoublesFinal(string v) =>
        v.Length is >= 3 and <= 4 && Consonant(v[^1]) && "wxy".IndexOf(v[^1], StringComparison.Ordinal) < 0 && !Consonant(v[^2]) && Consonant(v[^3]);
}
