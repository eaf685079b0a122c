namespace HealthShire.Listener.Sources.Import;

/// <summary>Why a line of an import file gives no post to store.</summary>
internal enum ImportSkip
{
    /// <summary>The line gave a post.</summary>
    None,

    /// <summary>The post was deleted by its author or removed by moderators: counted, never stored.</summary>
    Gone,

    /// <summary>The line is not a post this reader understands (bad JSON, a required field missing): reported with its number.</summary>
    Malformed,
}
