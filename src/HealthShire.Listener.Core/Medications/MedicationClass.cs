namespace HealthShire.Listener.Core.Medications;

/// <summary>The family a medication belongs to, as prescribers group them.</summary>
public enum MedicationClass
{
    /// <summary>ADHD stimulants (methylphenidate, amphetamines).</summary>
    Stimulant,

    /// <summary>ADHD non-stimulants and wakefulness drugs (atomoxetine, guanfacine, modafinil).</summary>
    NonStimulant,

    /// <summary>Selective serotonin reuptake inhibitors.</summary>
    Ssri,

    /// <summary>Serotonin–noradrenaline reuptake inhibitors.</summary>
    Snri,

    /// <summary>Other antidepressants (bupropion, mirtazapine, trazodone, vortioxetine, esketamine, …).</summary>
    OtherAntidepressant,

    /// <summary>Tricyclic antidepressants.</summary>
    Tricyclic,

    /// <summary>Monoamine oxidase inhibitors.</summary>
    Maoi,

    /// <summary>Mood stabilisers (lithium and anticonvulsants used as such).</summary>
    MoodStabiliser,

    /// <summary>Antipsychotics, first and second generation.</summary>
    Antipsychotic,

    /// <summary>Benzodiazepines.</summary>
    Benzodiazepine,

    /// <summary>Other anxiolytics (buspirone, hydroxyzine, gabapentinoids, beta blockers).</summary>
    Anxiolytic,

    /// <summary>Drugs used for PTSD symptoms such as nightmares (prazosin, clonidine).</summary>
    Ptsd,

    /// <summary>Opioid, alcohol and nicotine use disorder treatments.</summary>
    Addiction,

    /// <summary>Sleep medications.</summary>
    Sleep,
}
