namespace HealthShire.Listener.Classifier.Features;

/// <summary>
/// Small hand-written word lists, all lower-case: they are matched ordinally against lower-cased text.
/// With a few hundred judged posts a linear model cannot learn that "lamictal" and
/// "zoloft" mean the same thing, or that "?" matters, so these counts are fed to it next to the learned text features.
/// </summary>
internal static class Lexicons
{
    public static string[] Drugs { get; } = Create(
        "sertraline", "zoloft", "fluoxetine", "prozac", "citalopram", "celexa", "escitalopram", "lexapro", "paroxetine",
        "paxil", "venlafaxine", "effexor", "pristiq", "duloxetine", "cymbalta", "bupropion", "wellbutrin", "mirtazapine",
        "remeron", "trazodone", "trintellix", "vortioxetine", "lithium", "lamotrigine", "lamictal", "depakote", "valproate",
        "divalproex", "quetiapine", "seroquel", "olanzapine", "zyprexa", "aripiprazole", "abilify", "risperidone",
        "risperdal", "latuda", "lurasidone", "vraylar", "cariprazine", "geodon", "ziprasidone", "clozapine", "clozaril",
        "haloperidol", "tegretol", "carbamazepine", "trileptal", "oxcarbazepine", "topamax", "topiramate", "gabapentin",
        "neurontin", "pregabalin", "lyrica", "buspirone", "buspar", "hydroxyzine", "vistaril", "propranolol", "clonazepam",
        "klonopin", "lorazepam", "ativan", "alprazolam", "xanax", "diazepam", "valium", "methylphenidate", "ritalin",
        "concerta", "adderall", "vyvanse", "elvanse", "lisdexamfetamine", "dexedrine", "focalin", "strattera", "atomoxetine",
        "guanfacine", "intuniv", "clonidine", "modafinil", "prazosin", "naltrexone", "suboxone", "buprenorphine",
        "methadone", "antabuse", "disulfiram", "acamprosate", "ssri", "snri", "maoi", "antidepressant", "antipsychotic",
        "mood stabilizer", "mood stabiliser", "benzo", "stimulant", "amitriptyline", "nortriptyline", "doxepin",
        "rexulti", "caplyta", "saphris", "invega", "spravato", "ketamine", "melatonin", "ambien", "zolpidem");

    public static string[] MedicationWords { get; } = Create(
        "medication", "meds", "med ", "pills", "prescri", " dose", "dosage", "mg ", "mg.", "mg,", "milligram",
        "side effect", "psychiatrist", "pdoc", "taper", "withdrawal", "titrat", "refill", "pharmac", "generic",
        "started taking", "stopped taking", "came off", "coming off", "weaning", "increase my", "upped my", "lowered my");

    public static string[] QuestionPhrases { get; } = Create(
        "does anyone", "has anyone", "did anyone", "is anyone", "anyone else", "anyone have", "anyone know", "any advice",
        "any tips", "any suggestions", "any recommendations", "any thoughts", "any ideas", "advice please", "need advice",
        "looking for advice", "what should i", "should i ", "how do i", "how do you", "how can i", "what do you",
        "what would you", "do you guys", "can someone", "can anyone", "could someone", "is it normal", "is this normal",
        "is that normal", "wondering if", "i was wondering", "please help", "help me", "what are your", "your experience",
        "experiences with", "thoughts?", "tips?", "let me know", "would love to hear", "i'd love to hear", "recommend",
        "what to expect", "what should i expect", "anyone tried", "anyone taken", "anyone on ", "worth it", "should i be worried");

    public static string[] Crisis { get; } = Create(
        "kill myself", "killing myself", "suicid", "end my life", "ending my life", "end it all", "want to die",
        "wanna die", "want to be dead", "wish i was dead", "wish i were dead", "better off dead", "don't want to live",
        "dont want to live", "do not want to live", "don't want to be alive", "dont want to be alive", "not wake up",
        "never wake up", "self harm", "self-harm", "selfharm", "cut myself", "cutting myself", "cutting again",
        "hurt myself", "hurting myself", "overdose", "hang myself", "jump off", "take my life", "take my own life",
        "no reason to live", "can't go on", "cant go on", "goodbye", "the rope", "slit", "my wrists", "bridge",
        "final note", "suicide note", "attempted", "plan to", "tonight");

    public static string[] PresentSelf { get; } = Create(
        "i want to", "i wanna", "i'm going to", "im going to", "i am going to", "i can't", "i cant", "i just want",
        "right now", "tonight", "today", "anymore", "i'm done", "im done", "i am done", "i don't want", "i dont want",
        "i need", "i feel", "i'm so", "im so", "i keep", "i've been", "ive been");

    public static string[] PastOrOthers { get; } = Create(
        "years ago", "year ago", "months ago", "used to", "when i was", "in the past", "clean for", "days clean",
        "months clean", "years clean", "recovered", "recovery", "my friend", "my brother", "my sister", "my mom",
        "my dad", "my mother", "my father", "my boyfriend", "my girlfriend", "my husband", "my wife", "my son",
        "my daughter", "my partner", "someone i know");

    /// <summary>Substance use and recovery: "relapsed" belongs here, not among the crisis words.</summary>
    public static string[] Addiction { get; } = Create(
        "relapse", "sober", "sobriety", "days clean", "months clean", "years clean", "weeks clean", "got clean",
        "staying clean", "opioid", "opiate", "heroin", "fentanyl", "oxy", "percocet", "kratom", "meth ", "cocaine",
        "crack", "alcohol", "alcoholic", "drinking", "drunk", "hungover", "hangover", "booze", "beer", "vodka", "wine",
        "cravings", "craving", "using again", "addict", "addiction", "rehab", "detox", "aa meeting", "na meeting",
        "12 step", "sponsor", "withdrawals", "dope", "narcan", "overdosed", "gambling");

    /// <summary>All lists in one matcher, in the order of <see cref="LexiconKind"/>.</summary>
    public static LexiconMatcher Matcher { get; } = new([Drugs, MedicationWords, QuestionPhrases, Crisis, PresentSelf, PastOrOthers, Addiction]);

    private static string[] Create(params string[] values) => values;
}
