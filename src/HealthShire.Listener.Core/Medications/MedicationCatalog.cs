using HealthShire.Listener.Core.Posts;
using static HealthShire.Listener.Core.Medications.MedicationClass;

namespace HealthShire.Listener.Core.Medications;

/// <summary>
/// The psychiatric and addiction medications a clinic expects to see named in posts: generic name, common brand
/// names (US and UK), common misspellings, and the conditions each is usually prescribed for. Facts only, written for
/// this project. Names that are also ordinary words (the brand "Sonata", for one) are left out so they never match.
/// </summary>
public static class MedicationCatalog
{
    private const string Depression = Topics.Depression;
    private const string Anxiety = Topics.Anxiety;
    private const string Bipolar = Topics.Bipolar;
    private const string Adhd = Topics.Adhd;
    private const string Ptsd = Topics.Ptsd;
    private const string Addiction = Topics.Addiction;
    private const string EatingDisorder = Topics.EatingDisorder;

    /// <summary>Every medication, ordered by class then generic name.</summary>
    public static IReadOnlyList<Medication> All { get; } =
    [
        // ADHD stimulants
        M("methylphenidate", Stimulant, "ritalin concerta medikinet equasym metadate methylin quillichew daytrana jornay aptensio cotempla relexxii", "methylphenidat methylphenydate methlyphenidate ritilin ritlin ritalyn ritallin concerto consterta", Adhd),
        M("dexmethylphenidate", Stimulant, "focalin", "dexmethylphenidat", Adhd),
        M("amphetamine", Stimulant, "adderall mydayis evekeo adzenys dyanavel", "amphetamin amfetamine adderal aderall aderal adderol adderoll", Adhd),
        M("dextroamphetamine", Stimulant, "dexedrine zenzedi procentra dexamfetamine amfexa", "dextroamphetamin dextroamfetamine", Adhd),
        M("lisdexamfetamine", Stimulant, "vyvanse elvanse tyvense", "lisdexamphetamine lisdexamfetamin vyvance vivanse vyvans vynase elvance", Adhd, EatingDisorder),
        M("methamphetamine", Stimulant, "desoxyn", string.Empty, Adhd),

        // ADHD non-stimulants and wakefulness
        M("atomoxetine", NonStimulant, "strattera", "atomoxatine atomoxetin straterra stratera strattra", Adhd),
        M("viloxazine", NonStimulant, "qelbree", string.Empty, Adhd),
        M("guanfacine", NonStimulant, "intuniv tenex", "guanfacin guanfacene", Adhd),
        M("modafinil", NonStimulant, "provigil modalert", "modafanil modafinal", Adhd),
        M("armodafinil", NonStimulant, "nuvigil waklert", string.Empty, Adhd),

        // SSRIs
        M("sertraline", Ssri, "zoloft lustral", "setraline sertaline sertralin sertaraline zolof zoloff", Depression, Anxiety, Ptsd),
        M("fluoxetine", Ssri, "prozac sarafem", "fluoxetin fluoxatine fluoxitine prozak", Depression, Anxiety, EatingDisorder),
        M("escitalopram", Ssri, "lexapro cipralex", "escitalopam escitalipram escitolopram lexipro lexapo", Depression, Anxiety),
        M("citalopram", Ssri, "celexa cipramil", "citalopam citalapram citolopram", Depression, Anxiety),
        M("paroxetine", Ssri, "paxil seroxat pexeva brisdelle", "paroxetin paroxitine paxill", Depression, Anxiety, Ptsd),
        M("fluvoxamine", Ssri, "luvox faverin", "fluvoxamin", Anxiety, Depression),
        M("vilazodone", Ssri, "viibryd", string.Empty, Depression),

        // SNRIs
        M("venlafaxine", Snri, "effexor efexor", "venlafaxin venlafexine venlafaxene effexer", Depression, Anxiety),
        M("desvenlafaxine", Snri, "pristiq", "desvenlafaxin", Depression),
        M("duloxetine", Snri, "cymbalta", "duloxetin duloxatine cymbalt", Depression, Anxiety),
        M("levomilnacipran", Snri, "fetzima", string.Empty, Depression),
        M("milnacipran", Snri, "savella", string.Empty, Depression),

        // Other antidepressants
        M("bupropion", OtherAntidepressant, "wellbutrin zyban aplenzin forfivo", "buproprion bupropian bupropion bupropin welbutrin wellbutrine wellbutran wellbutin", Depression, Adhd, Addiction),
        M("mirtazapine", OtherAntidepressant, "remeron zispin", "mirtazipine mirtazepine mirtazapin mirtazapene", Depression, Anxiety),
        M("trazodone", OtherAntidepressant, "desyrel oleptro", "trazadone trazedone trazodon trazidone", Depression),
        M("vortioxetine", OtherAntidepressant, "trintellix brintellix", "vortioxetin", Depression),
        M("esketamine", OtherAntidepressant, "spravato", string.Empty, Depression),
        M("ketamine", OtherAntidepressant, "ketalar", string.Empty, Depression),
        M("dextromethorphan-bupropion", OtherAntidepressant, "auvelity", string.Empty, Depression),
        M("zuranolone", OtherAntidepressant, "zurzuvae", string.Empty, Depression),
        M("brexanolone", OtherAntidepressant, "zulresso", string.Empty, Depression),
        M("agomelatine", OtherAntidepressant, "valdoxan", string.Empty, Depression),

        // Tricyclics
        M("amitriptyline", Tricyclic, "elavil", "amitriptylin amitryptiline amitriptaline amytriptyline", Depression),
        M("nortriptyline", Tricyclic, "pamelor aventyl", "nortriptylin nortryptiline", Depression),
        M("imipramine", Tricyclic, "tofranil", "imipramin", Depression),
        M("clomipramine", Tricyclic, "anafranil", "clomipramin", Anxiety, Depression),
        M("desipramine", Tricyclic, "norpramin", string.Empty, Depression),
        M("doxepin", Tricyclic, "silenor sinequan", "doxepine", Depression, Anxiety),

        // MAOIs
        M("phenelzine", Maoi, "nardil", string.Empty, Depression, Anxiety),
        M("tranylcypromine", Maoi, "parnate", string.Empty, Depression),
        M("selegiline", Maoi, "emsam", string.Empty, Depression),
        M("isocarboxazid", Maoi, "marplan", string.Empty, Depression),

        // Mood stabilisers
        M("lithium", MoodStabiliser, "lithobid eskalith camcolit priadel liskonum", "lithum lithuim lithiun", Bipolar, Depression),
        M("lamotrigine", MoodStabiliser, "lamictal", "lamotrigin lamotragine lamotrigene lamotrigene lamotrogine lamictol lamictil lamical lamitcal", Bipolar, Depression),
        M("valproate", MoodStabiliser, "depakote depakene epilim depakine", "valproic divalproex valproat depakot", Bipolar),
        M("carbamazepine", MoodStabiliser, "tegretol equetro", "carbamazepin tegretal", Bipolar),
        M("oxcarbazepine", MoodStabiliser, "trileptal", "oxcarbazepin trileptol", Bipolar),
        M("topiramate", MoodStabiliser, "topamax", "topiramat topamx", Addiction, EatingDisorder),

        // Antipsychotics
        M("quetiapine", Antipsychotic, "seroquel", "quetiapin quetiepine quetiapene quietapine seroquil seraquel seroqel", Bipolar, Depression),
        M("olanzapine", Antipsychotic, "zyprexa", "olanzapin olanzepine olanzipine zyprexia", Bipolar),
        M("olanzapine-samidorphan", Antipsychotic, "lybalvi", string.Empty, Bipolar),
        M("aripiprazole", Antipsychotic, "abilify aristada", "aripiprazol ariprazole aripiprazol abilfy abilifi", Bipolar, Depression),
        M("brexpiprazole", Antipsychotic, "rexulti", "brexpiprazol", Depression),
        M("cariprazine", Antipsychotic, "vraylar reagila", "cariprazin vrylar", Bipolar, Depression),
        M("lurasidone", Antipsychotic, "latuda", "lurasidon", Bipolar),
        M("risperidone", Antipsychotic, "risperdal", "risperidon resperidone risperidol risperdol", Bipolar),
        M("paliperidone", Antipsychotic, "invega xeplion", string.Empty, Bipolar),
        M("ziprasidone", Antipsychotic, "geodon", "ziprasidon", Bipolar),
        M("asenapine", Antipsychotic, "saphris sycrest", string.Empty, Bipolar),
        M("iloperidone", Antipsychotic, "fanapt", string.Empty, Bipolar),
        M("lumateperone", Antipsychotic, "caplyta", string.Empty, Bipolar, Depression),
        M("clozapine", Antipsychotic, "clozaril leponex", "clozapin", Bipolar),
        M("haloperidol", Antipsychotic, "haldol", "haloperidole", Bipolar),
        M("chlorpromazine", Antipsychotic, "thorazine largactil", string.Empty, Bipolar),
        M("xanomeline-trospium", Antipsychotic, "cobenfy", string.Empty, Bipolar),

        // Benzodiazepines
        M("alprazolam", Benzodiazepine, "xanax", "alprazolm alprazolan xanex xannax zanax xanny xannies", Anxiety),
        M("clonazepam", Benzodiazepine, "klonopin rivotril", "clonazapam clonazepan klonipin klonopine klonapin", Anxiety, Bipolar),
        M("lorazepam", Benzodiazepine, "ativan", "lorazapam lorazepan", Anxiety),
        M("diazepam", Benzodiazepine, "valium", "diazapam", Anxiety, Addiction),
        M("chlordiazepoxide", Benzodiazepine, "librium", string.Empty, Addiction, Anxiety),
        M("temazepam", Benzodiazepine, "restoril", "temazapam", Anxiety),
        M("oxazepam", Benzodiazepine, "serax", string.Empty, Anxiety, Addiction),

        // Other anxiolytics
        M("buspirone", Anxiolytic, "buspar", "buspiron busprione buspirone buspar", Anxiety),
        M("hydroxyzine", Anxiolytic, "vistaril atarax", "hydroxyzin hydroxizine hydroxazine hydroxyzene", Anxiety),
        M("propranolol", Anxiolytic, "inderal", "propanolol propranalol propanalol", Anxiety, Ptsd),
        M("pregabalin", Anxiolytic, "lyrica", "pregabaline", Anxiety),
        M("gabapentin", Anxiolytic, "neurontin gralise", "gabapentine gabapenten gabapentin gabapentn", Anxiety, Addiction),

        // PTSD
        M("prazosin", MedicationClass.Ptsd, "minipress", "prazosine prazocin prazosen", Ptsd),
        M("clonidine", MedicationClass.Ptsd, "catapres kapvay", "clonidin clonodine", Ptsd, Adhd, Addiction),

        // Opioid, alcohol and nicotine use disorders
        M("buprenorphine", MedicationClass.Addiction, "suboxone subutex sublocade zubsolv brixadi", "buprenorphin bupenorphine buprenorphene suboxon suboxen bupe", Addiction),
        M("methadone", MedicationClass.Addiction, "methadose dolophine physeptone", "methadon metadone", Addiction),
        M("naltrexone", MedicationClass.Addiction, "vivitrol revia", "naltrexon naltraxone naltrexon", Addiction),
        M("naloxone", MedicationClass.Addiction, "narcan", string.Empty, Addiction),
        M("lofexidine", MedicationClass.Addiction, "lucemyra", string.Empty, Addiction),
        M("disulfiram", MedicationClass.Addiction, "antabuse", "disulfuram", Addiction),
        M("acamprosate", MedicationClass.Addiction, "campral", string.Empty, Addiction),
        M("baclofen", MedicationClass.Addiction, "lioresal", string.Empty, Addiction),
        M("varenicline", MedicationClass.Addiction, "chantix champix", "varenicline", Addiction),

        // Sleep
        M("zolpidem", Sleep, "ambien stilnox edluar", "zolpidim ambian"),
        M("eszopiclone", Sleep, "lunesta", string.Empty),
        M("zopiclone", Sleep, "imovane zimovane", string.Empty),
        M("suvorexant", Sleep, "belsomra", string.Empty),
        M("lemborexant", Sleep, "dayvigo", string.Empty),
        M("ramelteon", Sleep, "rozerem", string.Empty),
        M("melatonin", Sleep, "circadin", "melatonine"),
    ];

    private static Medication M(string generic, MedicationClass type, string brands, string misspellings, params string[] conditions) =>
        new(generic, type, Split(brands), Split(misspellings).Except([generic, .. Split(brands)], StringComparer.Ordinal).ToArray(), conditions);

    private static string[] Split(string names) => names.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
