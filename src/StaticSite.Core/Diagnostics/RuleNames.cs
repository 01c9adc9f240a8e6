using System.Collections.Immutable;

namespace StaticSite.Diagnostics;

/// <summary>
/// Every rule name a diagnostic can carry: the reader's own and the validator's. The config's <c>rules</c> may name only
/// these; a test keeps this list and the validator's rules the same.
/// </summary>
public static class RuleNames
{
    /// <summary>Rules the reader reports when it cannot read a file at all.</summary>
    public static readonly ImmutableArray<string> Reader = ["empty-file", "binary-file", "legacy-encoding", "unreadable-input", "scanned-pdf", "unsupported-format", "invalid-utf8", "truncated-utf8", "mixed-encoding", "front-matter"];

    /// <summary>Rules of the validator.</summary>
    public static readonly ImmutableArray<string> Validator =
    [
        "missing-purpose", "missing-tasks", "missing-organization", "missing-recipients", "missing-signature",
        "unplaced-text", "item-without-body", "body-not-in-recipients", "unknown-body", "numbering",
        "deadline-unparsed", "unknown-issuer", "not-a-program", "deep-nesting",
    ];

    /// <summary>All rule names.</summary>
    public static readonly ImmutableHashSet<string> All = [.. Reader, .. Validator];
}
